package org.policydesk.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import com.lowagie.text.Image;

/**
 * Images from the templates folder (the school logo, mostly), decoded once for the application
 * rather than once per letter: OpenPDF decodes a PNG with transparency pixel by pixel, which was a
 * good part of each letter's rendering time. A changed file is decoded again.
 */
final class PdfImages {

    private record Decoded(FileTime modified, Image image) {
    }

    private final ConcurrentMap<Path, Decoded> cache = new ConcurrentHashMap<>();

    /** A private copy of the decoded image (copies share the pixels; the cached original is never changed). */
    Image load(Path file, float dotsPerPixel) throws IOException {
        FileTime modified = Files.getLastModifiedTime(file);
        Decoded decoded = cache.get(file);
        if (decoded == null || !decoded.modified().equals(modified)) {
            Image image = Image.getInstance(Files.readAllBytes(file));
            // As Flying Saucer does: an image's intrinsic size is its pixels at the output resolution.
            image.scaleAbsolute(image.getPlainWidth() * dotsPerPixel, image.getPlainHeight() * dotsPerPixel);
            decoded = new Decoded(modified, image);
            cache.put(file, decoded);
        }
        return Image.getInstance(decoded.image());
    }
}
