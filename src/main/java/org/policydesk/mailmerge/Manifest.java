package org.policydesk.mailmerge;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.policydesk.documents.SpreadsheetText;

/**
 * The batch's manifest, a CSV the office opens in Excel: one row per letter. Every cell that a
 * spreadsheet could take for a formula (a parent "named" =HYPERLINK(...)) is neutralised. Written
 * as UTF-8 with a byte-order mark, which is how Excel recognises UTF-8 ("Zoë" stays "Zoë").
 */
final class Manifest {

    static final String FILE = "manifest.csv";
    static final List<String> HEADERS = List.of("row", "parent", "pupil", "class", "email", "file", "pages", "emailed");

    private Manifest() {
    }

    static void write(List<MergedLetter> letters, OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL);
        printer.printRecord(HEADERS);
        for (MergedLetter letter : letters) {
            Contact contact = letter.contact();
            printer.printRecord(contact.row(), cell(contact.parentName()), cell(contact.pupilName()),
                cell(contact.className()), cell(contact.email()), cell(letter.file()), letter.pages(),
                cell(letter.emailed()));
        }
        printer.flush();
    }

    private static String cell(String text) {
        return text == null ? "" : SpreadsheetText.forCsv(text);
    }
}
