package org.policydesk.mailmerge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Contact lists as an MIS or Excel writes them, made in the test. */
final class ContactFiles {

    static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ContactFiles() {
    }

    /** Lines joined with CRLF, as Excel writes CSV. */
    static byte[] csv(Charset charset, String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(charset);
    }

    static byte[] csv(String... lines) {
        return csv(StandardCharsets.UTF_8, lines);
    }

    static byte[] withBom(byte[] bytes) {
        byte[] all = new byte[bytes.length + 3];
        System.arraycopy(UTF8_BOM, 0, all, 0, 3);
        System.arraycopy(bytes, 0, all, 3, bytes.length);
        return all;
    }

    /**
     * A workbook whose first sheet has {@code rows} from row 1 (null rows are left out, as blank rows
     * are); numbers become numeric cells. A second sheet of rubbish must be ignored.
     */
    static byte[] xlsx(List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Contacts");
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r) == null) {
                    continue;
                }
                Row row = sheet.createRow(r);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("not a contact list");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Contacts for rendering tests, built directly (row numbers from 2, as below a header). */
    static ContactList contacts(Contact... contacts) {
        return new ContactList("test.csv", "CSV, UTF-8", List.of(contacts));
    }

    static Contact contact(int row, String parent, String email, String pupil, String className) {
        return new Contact(row, parent, null, email, List.of(row + " Heathfield Road", "Keston", "BR2 6BF"), pupil,
            className);
    }
}
