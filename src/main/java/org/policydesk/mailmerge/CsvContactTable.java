package org.policydesk.mailmerge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV contact list the way Excel would open it. Encoding: UTF-8 with or without a byte-order
 * mark, UTF-16 with one (Excel's "Unicode text"), and otherwise Windows-1252, which is what Excel's
 * plain "CSV" export writes on a UK PC ("Zoë" as the single byte 0xEB, not valid UTF-8). Separator:
 * comma, or semicolon or tab when the header row uses those instead.
 */
final class CsvContactTable {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    record Decoded(String text, String encoding) {
    }

    private CsvContactTable() {
    }

    static ContactTable read(String text) {
        ContactTable table = new ContactTable();
        CSVFormat format = CSVFormat.DEFAULT.builder()
            .setDelimiter(separator(text))
            .setIgnoreEmptyLines(false) // so that record numbers stay Excel's row numbers
            .get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    table.problem("Row " + (parser.getRecordNumber() + 1) + ": the file cannot be read from here on: "
                        + "a quoted cell is not closed properly (look for a stray \" in that row). Nothing after it "
                        + "was checked.");
                    break;
                }
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                if (!table.add((int) record.getRecordNumber(), cells)) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the CSV text", e);
        }
        return table;
    }

    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text, "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(new String(bytes, WINDOWS_1252), "Windows-1252");
        }
    }

    /** The separator used most in the first line: comma unless semicolons or tabs clearly are. */
    private static char separator(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        long commas = firstLine.chars().filter(c -> c == ',').count();
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        long tabs = firstLine.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
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
