package org.policydesk.mailmerge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX contact list as the office sees it: each cell's text comes from
 * POI's {@link DataFormatter} (so a class typed as the number 5 reads "5", and a formula gives its
 * last calculated value). The sheet is streamed rather than loaded whole, so a 20,000-row list
 * fits a small heap.
 */
final class XlsxContactTable {

    private XlsxContactTable() {
    }

    static ContactTable read(byte[] bytes) {
        ContactTable table = new ContactTable();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return table;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = SAXHelper.newXMLReader();
                Rows rows = new Rows(table);
                DataFormatter formatter = new DataFormatter(Locale.UK);
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, formatter, false));
                try {
                    parser.parse(new InputSource(sheet));
                } catch (RowLimitReached enough) {
                    // The table has recorded the problem; the rest of the sheet is not needed.
                }
            }
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
            table.problem(unreadable(e));
        }
        return table;
    }

    /**
     * Why the workbook cannot be read, in words: POI's own messages name its classes and settings.
     * A "zip bomb" (a few kilobytes that would inflate to gigabytes) is stopped by POI's
     * ZipSecureFile before it is inflated: its minimum inflate ratio and maximum entry size.
     */
    private static String unreadable(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).contains("Zip bomb")) {
                return "The file expands to far more than its size when it is opened (a \"zip bomb\"), so it was "
                    + "not opened. Open the list in Excel and save it again as .xlsx or as CSV.";
            }
        }
        return "The file could not be read as an Excel workbook (.xlsx): it is damaged, incomplete or not a "
            + "workbook at all. Open it in Excel and save it again as .xlsx or as CSV.";
    }

    /** Collects one row's cells (POI skips empty cells, so each lands at its column's index). */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final ContactTable table;
        private List<String> cells;
        private int rowNumber;

        Rows(ContactTable table) {
            this.table = table;
        }

        @Override
        public void startRow(int rowNum) {
            rowNumber = rowNum + 1;
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (!table.add(rowNumber, cells)) {
                throw new RowLimitReached();
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }
    }

    private static final class RowLimitReached extends RuntimeException {
        RowLimitReached() {
            super(null, null, false, false);
        }
    }
}
