package org.policydesk.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads an XLSX back with POI, the way a spreadsheet program would. */
final class Workbooks {

    private static final DataFormatter FORMATTER = new DataFormatter(java.util.Locale.UK);

    private Workbooks() {
    }

    static XSSFWorkbook open(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Cell cell) {
        return cell == null ? "" : FORMATTER.formatCellValue(cell);
    }

    static boolean headerFrozen(XSSFSheet sheet) {
        var pane = sheet.getPaneInformation();
        return pane != null && pane.isFreezePane() && pane.getHorizontalSplitTopRow() == 1
            && pane.getVerticalSplitLeftColumn() == 0;
    }

    /** The auto-filter's range, such as "A1:K151", or null when there is none. */
    static String autoFilter(XSSFSheet sheet) {
        var worksheet = sheet.getCTWorksheet();
        return worksheet.isSetAutoFilter() ? worksheet.getAutoFilter().getRef() : null;
    }

    static boolean bold(XSSFWorkbook workbook, Cell cell) {
        return workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold();
    }
}
