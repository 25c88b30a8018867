package org.policydesk.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** A PDF's pages as pictures at print resolution, and how two such pictures differ. */
final class PageImages {

    private PageImages() {
    }

    static BufferedImage firstPage(byte[] pdf) throws IOException {
        return page(pdf, 0);
    }

    /** Page {@code index} (from 0) as a picture at print resolution. */
    static BufferedImage page(byte[] pdf, int index) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(index, 300);
        }
    }

    /** Pixels not white in {@code picture}. */
    static int painted(BufferedImage picture) {
        int painted = 0;
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                if (picture.getRGB(x, y) != 0xFFFFFFFF) {
                    painted++;
                }
            }
        }
        return painted;
    }

    /** Pixels whose colour differs by more than {@code tolerance} (0-255) in any channel; both the same size. */
    static int different(BufferedImage expected, BufferedImage actual, int tolerance) {
        if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
            throw new AssertionError("The pages differ in size");
        }
        int different = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                int a = expected.getRGB(x, y);
                int b = actual.getRGB(x, y);
                int distance = Math.max(Math.abs(((a >> 16) & 0xFF) - ((b >> 16) & 0xFF)),
                    Math.max(Math.abs(((a >> 8) & 0xFF) - ((b >> 8) & 0xFF)), Math.abs((a & 0xFF) - (b & 0xFF))));
                if (distance > tolerance) {
                    different++;
                }
            }
        }
        return different;
    }
}
