package org.policydesk.admin;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.policydesk.documents.DocumentSettings;
import org.springframework.stereotype.Component;

/**
 * A school's own logo for its letterheads, kept where the letterhead looks for it:
 * {@code _layout/logo-<schoolId>.png} in the templates folder. An upload must be a PNG or JPEG
 * (by its first bytes, not its name) of at most 1 MB; it is decoded and written again as PNG, so
 * what lands in the templates folder is an image and nothing else, without the camera's metadata.
 */
@Component
class SchoolLogos {

    static final int MAX_BYTES = 1024 * 1024;
    /** Decoding is bounded by pixels, not bytes: a small file can claim a huge picture. */
    static final int MAX_SIDE = 4000;

    private static final String UNREADABLE =
        "The logo could not be read as an image. Save it again as PNG and upload that.";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final Path templatesDir;

    SchoolLogos(DocumentSettings settings) {
        this.templatesDir = settings.templatesDir().toAbsolutePath().normalize();
    }

    /** The image, checked and re-encoded as PNG; refuses anything else with a message for the person. */
    static byte[] checkedPng(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new IllegalArgumentException("Choose the logo file to upload.");
        }
        if (upload.length > MAX_BYTES) {
            throw new IllegalArgumentException("The logo must be 1 MB or smaller.");
        }
        if (!startsWith(upload, PNG) && !startsWith(upload, JPEG)) {
            throw new IllegalArgumentException("The logo must be a PNG or JPEG image.");
        }
        BufferedImage image = decode(upload);
        var png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
        return png.toByteArray();
    }

    /** Writes the school's logo atomically: a letter being printed reads the old one or the new, never half. */
    void store(String schoolId, byte[] png) {
        Path target = fileFor(schoolId);
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), "logo-" + schoolId, ".part");
            try {
                Files.write(partial, png);
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not store the logo for " + schoolId, failed);
        }
    }

    Optional<byte[]> current(String schoolId) {
        Path file = fileFor(schoolId);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private Path fileFor(String schoolId) {
        return templatesDir.resolve("_layout").resolve("logo-" + schoolId + ".png");
    }

    private static BufferedImage decode(byte[] upload) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new Refused(UNREADABLE);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                if (reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE) {
                    throw new Refused("The logo must be at most " + MAX_SIDE + " pixels wide and high.");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (Refused refused) {
            throw refused;
        } catch (IOException | RuntimeException broken) {
            throw new Refused(UNREADABLE);
        }
    }

    /** A refusal with its message for the person, told apart from the decoder's own failures. */
    private static final class Refused extends IllegalArgumentException {
        Refused(String message) {
            super(message);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
