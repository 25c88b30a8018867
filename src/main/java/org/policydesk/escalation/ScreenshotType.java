package org.policydesk.escalation;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of screenshot a report may carry, recognised by their first bytes ("magic numbers"). */
enum ScreenshotType {
    PNG("png", "image/png", "PNG image", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    JPEG("jpg", "image/jpeg", "JPEG image", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PDF("pdf", "application/pdf", "PDF", new byte[] {'%', 'P', 'D', 'F', '-'});

    private final String extension;
    private final String mediaType;
    private final String description;
    private final byte[] magic;

    ScreenshotType(String extension, String mediaType, String description, byte[] magic) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.description = description;
        this.magic = magic;
    }

    String extension() {
        return extension;
    }

    String mediaType() {
        return mediaType;
    }

    String description() {
        return description;
    }

    static Optional<ScreenshotType> of(byte[] content) {
        return Arrays.stream(values()).filter(type -> type.startsOf(content)).findFirst();
    }

    /** The type of a stored screenshot, from the extension PolicyDesk gave its file. */
    static ScreenshotType ofStoredName(String name) {
        return Arrays.stream(values()).filter(type -> name.endsWith("." + type.extension)).findFirst()
            .orElseThrow(() -> new IllegalStateException("'" + name + "' is not a screenshot PolicyDesk stored."));
    }

    private boolean startsOf(byte[] content) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
