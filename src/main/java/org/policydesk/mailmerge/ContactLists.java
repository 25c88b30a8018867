package org.policydesk.mailmerge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads the contact list the office exported from the school's MIS (CSV or XLSX) and checks every
 * row before anything is made from it. Either all rows are good and a {@link ContactList} comes
 * back, or a {@link ContactListException} lists every problem by row and column.
 */
public final class ContactLists {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;
    public static final int MAX_CELL = 300;

    private ContactLists() {
    }

    public static ContactList read(Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            if (Files.isDirectory(file)) {
                throw new ContactListException(name, List.of(file + " is a folder, not a contact list."));
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(name, size);
            }
            return read(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new ContactListException(name, List.of("There is no file " + file.toAbsolutePath() + "."));
        } catch (IOException e) {
            throw new ContactListException(name, List.of("The file " + file.toAbsolutePath() + " cannot be read: "
                + e.getMessage()));
        }
    }

    /** {@code name} is the file's name as uploaded; its extension, or else its first bytes, tell the format. */
    public static ContactList read(String name, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(name, bytes.length);
        }
        String lower = name.toLowerCase(Locale.UK);
        if (lower.endsWith(".xls") || startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new ContactListException(name, List.of("This is an old-style Excel file (.xls). Open it in Excel "
                + "and save it as an Excel workbook (.xlsx) or as CSV."));
        }
        boolean zip = startsWith(bytes, 'P', 'K', 3, 4);
        if (zip || lower.endsWith(".xlsx")) {
            if (!zip) {
                throw new ContactListException(name, List.of("The file is not an Excel workbook (.xlsx)"
                    + kindInWords(bytes) + ". Save the contact list from Excel as .xlsx or as CSV."));
            }
            return new ContactList(name, "XLSX", ContactRows.check(name, XlsxContactTable.read(bytes)));
        }
        if (isBinary(bytes)) {
            throw new ContactListException(name, List.of("The file is not a CSV text file" + kindInWords(bytes)
                + ". Save the contact list from Excel as CSV or as .xlsx."));
        }
        CsvContactTable.Decoded csv = CsvContactTable.decode(bytes);
        return new ContactList(name, "CSV, " + csv.encoding(), ContactRows.check(name, CsvContactTable.read(csv.text())));
    }

    private static ContactListException tooLarge(String name, long size) {
        return new ContactListException(name, List.of(String.format(Locale.UK,
            "The file is %.1f MB; the limit is %d MB. Split the list into smaller files.",
            size / (1024.0 * 1024.0), MAX_BYTES / (1024 * 1024))));
    }

    /**
     * Text never has a NUL byte, except as half of a UTF-16 character (which comes with a byte-order
     * mark); images, PDFs and programs have them, or are known by their first bytes.
     */
    private static boolean isBinary(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            return false;
        }
        if (!kindInWords(bytes).isEmpty()) {
            return true;
        }
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** ": it looks like a PNG image", from the file's first bytes, or nothing when they say nothing. */
    private static String kindInWords(byte[] bytes) {
        String kind = null;
        if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
            kind = "a PNG image";
        } else if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            kind = "a JPEG image";
        } else if (startsWith(bytes, 'G', 'I', 'F', '8')) {
            kind = "a GIF image";
        } else if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            kind = "a PDF";
        } else if (startsWith(bytes, 'M', 'Z') || startsWith(bytes, 0x7F, 'E', 'L', 'F')) {
            kind = "a program";
        } else if (new String(bytes, 0, Math.min(bytes.length, 200), java.nio.charset.StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.UK).matches("(?s)<(!doctype html|html|\\?xml).*")) {
            kind = "a web page or XML";
        }
        return kind == null ? "" : ": it looks like " + kind;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
