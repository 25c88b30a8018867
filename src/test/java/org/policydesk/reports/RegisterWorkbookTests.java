package org.policydesk.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The XLSX writer on its own: a register far longer than POI's in-memory window, read back whole. */
class RegisterWorkbookTests {

    @Test
    void aTenThousandRowRegisterStreamsOutAndReadsBackWithRealDates() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {
            rows.add(Arrays.asList("INC-" + i, LocalDate.of(2025, 1, 1).plusDays(i % 365), "Facebook",
                i % 7 == 0 ? null : LocalDateTime.of(2025, 6, 1, 12, 30), i, i % 2 == 0));
        }
        Register register = new Register(RegisterKind.INCIDENTS, "keston", "Incident register", "Test",
            LocalDateTime.of(2025, 3, 10, 9, 0), List.of(new RegisterTable("Incidents", List.of(
                Column.text("Ref.", 9), Column.date("Reported"), Column.text("Platform", 14),
                Column.dateTime("Closed"), Column.number("Number", 8), Column.text("Serious", 8)), rows)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        RegisterWorkbook.write(register, "Keston Primary School and Nursery", out);

        try (XSSFWorkbook workbook = Workbooks.open(out.toByteArray())) {
            XSSFSheet sheet = workbook.getSheet("Incidents");
            assertThat(sheet.getLastRowNum()).isEqualTo(10_000);
            assertThat(Workbooks.autoFilter(sheet)).isEqualTo("A1:F10001");
            assertThat(Workbooks.headerFrozen(sheet)).isTrue();
            var last = sheet.getRow(10_000);
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo("INC-10000");
            assertThat(DateUtil.isCellDateFormatted(last.getCell(1))).isTrue();
            assertThat(last.getCell(1).getLocalDateTimeCellValue().toLocalDate())
                .isEqualTo(LocalDate.of(2025, 1, 1).plusDays(10_000 % 365));
            assertThat(sheet.getRow(7).getCell(3)).as("a missing value leaves the cell empty").isNull();
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(3))).isTrue();
            assertThat(sheet.getRow(1).getCell(3).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2025, 6, 1, 12, 30));
            assertThat(last.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(last.getCell(4).getNumericCellValue()).isEqualTo(10_000.0);
            assertThat(last.getCell(5).getStringCellValue()).isEqualTo("Yes");
            assertThat(workbook.getProperties().getCoreProperties().getCreator()).isEqualTo("Keston Primary School and Nursery");
        }
    }

    @Test
    void anEmptyRegisterStillHasItsHeaderFilterAndFrozenPane() throws IOException {
        Register register = new Register(RegisterKind.HANDOVERS, "keston", "Handover register", null,
            LocalDateTime.of(2025, 3, 10, 9, 0),
            List.of(new RegisterTable("Handovers", List.of(Column.text("Leaver", 20), Column.date("Started")), List.of())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        RegisterWorkbook.write(register, "Keston Primary School and Nursery", out);

        try (XSSFWorkbook workbook = Workbooks.open(out.toByteArray())) {
            XSSFSheet sheet = workbook.getSheet("Handovers");
            assertThat(Workbooks.text(sheet.getRow(0).getCell(0))).isEqualTo("Leaver");
            assertThat(Workbooks.headerFrozen(sheet)).isTrue();
            assertThat(Workbooks.autoFilter(sheet)).isEqualTo("A1:B2");
        }
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsRefused() {
        assertThatThrownBy(() -> new RegisterTable("Handovers", List.of(Column.text("Leaver", 20)),
                List.of(List.of("Siobhán O'Brien", "extra"))))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("2 cells for 1 columns");
    }

    @Test
    void namesAreOrderedAsAReaderLooksThemUp() {
        List<String> names = new ArrayList<>(List.of("Zoë Adams", "Nguyễn Thị Hương", "Łukasz Kowalski", "Emma Brown",
            "Siobhán O'Brien", "Lena Lee"));
        names.sort(NameOrder.NAMES);

        assertThat(names).containsExactly("Emma Brown", "Lena Lee", "Łukasz Kowalski", "Nguyễn Thị Hương",
            "Siobhán O'Brien", "Zoë Adams");
    }

    @Test
    void codesReadAsPlainWords() {
        assertThat(Labels.of("NOT_REMOVED")).isEqualTo("Not removed");
        assertThat(Labels.of("report-abuse")).isEqualTo("Report abuse");
        assertThat(Labels.of((String) null)).isNull();
    }
}
