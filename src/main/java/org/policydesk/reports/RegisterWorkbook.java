package org.policydesk.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.policydesk.documents.SpreadsheetText;

/**
 * Writes a register as XLSX with POI's streaming workbook (only a window of rows in memory, so a
 * register of any length fits a small heap): one sheet per table, a bold header row frozen at the
 * top with an auto-filter, real date cells, and sensible column widths.
 */
final class RegisterWorkbook {

    /** Rows kept in memory before POI flushes them to its temporary file. */
    private static final int WINDOW = 200;

    private RegisterWorkbook() {
    }

    static void write(Register register, String schoolName, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            workbook.setCompressTempFiles(true);
            var properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
            properties.setTitle(register.title());
            properties.setCreator(schoolName);
            properties.setDescription(register.description());
            Styles styles = new Styles(workbook);
            Set<String> sheetNames = new HashSet<>();
            for (RegisterTable table : register.tables()) {
                writeSheet(workbook.createSheet(sheetName(table.heading(), sheetNames)), table, styles);
            }
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private static void writeSheet(SXSSFSheet sheet, RegisterTable table, Styles styles) {
        List<Column> columns = table.columns();
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, Math.min(255, Math.max(columns.get(c).width(), columns.get(c).header().length() + 3)) * 256);
        }
        int r = 1;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                Object value = values.get(c);
                if (value != null) {
                    write(row.createCell(c), value, styles);
                }
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, columns.size() - 1));
    }

    private static void write(Cell cell, Object value, Styles styles) {
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
        } else if (value instanceof LocalDateTime dateTime) {
            cell.setCellValue(dateTime);
            cell.setCellStyle(styles.dateTime);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean yes) {
            cell.setCellValue(yes ? "Yes" : "No");
        } else {
            String text = value.toString();
            cell.setCellValue(text);
            if (SpreadsheetText.looksLikeFormula(text)) {
                // Stays exactly as typed, but Excel and LibreOffice treat it as text, never as a formula.
                cell.setCellStyle(styles.quoted);
            }
        }
    }

    private static String sheetName(String heading, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(heading == null ? "Register" : heading);
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase()); i++) {
            name = base.substring(0, Math.min(base.length(), 28)) + " " + i;
        }
        return name;
    }

    private static final class Styles {

        final CellStyle header;
        final CellStyle date;
        final CellStyle dateTime;
        final CellStyle quoted;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            bold.setColor(IndexedColors.WHITE.getIndex());
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.DARK_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            var format = workbook.createDataFormat();
            date = workbook.createCellStyle();
            date.setDataFormat(format.getFormat("d mmm yyyy"));
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(format.getFormat("d mmm yyyy hh:mm"));
            quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
        }
    }
}
