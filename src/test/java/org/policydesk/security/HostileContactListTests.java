package org.policydesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policydesk.mailmerge.ContactListException;
import org.policydesk.mailmerge.ContactLists;

/**
 * Contact lists that are not what they claim (the mail merge reads them from the command line):
 * each is refused with a message naming the file and saying what is wrong in words, never a stack
 * trace or a parser's own message, and nothing is made from it.
 */
class HostileContactListTests {

    static final String HEADER = "Contact Name,Email,Pupil Name,Class";

    @Test
    void aZipBombDressedAsAWorkbookIsRefusedBeforeItIsInflated() throws IOException {
        byte[] bomb = workbookWithSheet(out -> {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><!--"
                .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 300; i++) {
                out.write(spaces);
            }
            out.write("--><sheetData/></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(bomb.length).as("a tiny file").isLessThan(2 * 1024 * 1024);

        assertThatThrownBy(() -> ContactLists.read("contacts.xlsx", bomb))
            .isInstanceOf(ContactListException.class)
            .hasMessageStartingWith("The contact list contacts.xlsx has a problem")
            .hasMessageContaining("expands to far more than its size when it is opened")
            .hasMessageNotContaining("ZipSecureFile").hasMessageNotContaining("Exception");
    }

    @Test
    void aTruncatedWorkbookIsRefusedNamingTheFile() throws IOException {
        byte[] whole = workbookWithSheet(null);
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
        assertRefusedInWords("contacts.xlsx", truncated, "could not be read as an Excel workbook");
    }

    @Test
    void aZipWithoutAWorkbookIsRefusedNamingTheFile() throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("holiday/photo.txt"));
            zip.write("not a spreadsheet".getBytes(StandardCharsets.UTF_8));
        }
        assertRefusedInWords("contacts.xlsx", bytes.toByteArray(), "could not be read as an Excel workbook");
        assertRefusedInWords("archive.zip", bytes.toByteArray(), "could not be read as an Excel workbook");
    }

    @Test
    void aWorkbookNamedCsvIsStillReadAsTheWorkbookItIs() throws IOException {
        byte[] workbook = workbookWithSheet(null);
        assertThatThrownBy(() -> ContactLists.read("contacts.csv", workbook))
            .isInstanceOf(ContactListException.class).hasMessageContaining("contacts.csv")
            .hasMessageNotContaining("Exception");
    }

    @Test
    void binaryFilesNamedCsvOrXlsxAreRefusedSayingWhatTheyAre() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] pdf = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        assertRefusedInWords("contacts.csv", png, "is not a CSV text file: it looks like a PNG image");
        assertRefusedInWords("contacts.csv", pdf, "is not a CSV text file");
        assertRefusedInWords("contacts.csv", exe, "is not a CSV text file");
        assertRefusedInWords("contacts.csv", noise, "is not a CSV text file");
        assertRefusedInWords("contacts.xlsx", png, "is not an Excel workbook (.xlsx): it looks like a PNG image");
        assertRefusedInWords("contacts.xlsx", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
            "is not an Excel workbook");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("everyone.csv");
        Files.write(big, new byte[(int) ContactLists.MAX_BYTES + 1]);
        assertThatThrownBy(() -> ContactLists.read(big)).isInstanceOf(ContactListException.class)
            .hasMessageContaining("everyone.csv").hasMessageContaining("the limit is 10 MB");
    }

    @Test
    void aFileNameThatClimbsOutIsOnlyAName(@TempDir Path dir) {
        assertThatThrownBy(() -> ContactLists.read(dir.resolve("../../etc/passwd-nothing-here.csv")))
            .isInstanceOf(ContactListException.class).hasMessageContaining("There is no file");
    }

    private static void assertRefusedInWords(String name, byte[] content, String words) {
        assertThatThrownBy(() -> ContactLists.read(name, content))
            .as(name + " " + words)
            .isInstanceOf(ContactListException.class)
            .hasMessageStartingWith("The contact list " + name + " has")
            .hasMessageContaining(words)
            .hasMessageNotContaining("Exception").hasMessageNotContaining("org.apache")
            .hasMessageNotContaining("java.");
    }

    @FunctionalInterface
    interface SheetWriter {
        void write(ZipOutputStream out) throws IOException;
    }

    /** A real one-sheet workbook made by POI; with a writer, its sheet is replaced by what that writes. */
    static byte[] workbookWithSheet(SheetWriter sheet) throws IOException {
        var original = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            var row = workbook.createSheet("Contacts").createRow(0);
            String[] headers = HEADER.split(",");
            for (int i = 0; i < headers.length; i++) {
                row.createCell(i).setCellValue(headers[i]);
            }
            workbook.write(original);
        }
        if (sheet == null) {
            return original.toByteArray();
        }
        var rewritten = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new java.io.ByteArrayInputStream(original.toByteArray()));
             var out = new ZipOutputStream(rewritten)) {
            out.setLevel(9);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet.write(out);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return rewritten.toByteArray();
    }
}
