package org.policydesk.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policydesk.DemoSchoolTestSupport;
import org.policydesk.accounts.AccountDetails;
import org.policydesk.accounts.AccountRegister;
import org.policydesk.accounts.Secret;
import org.policydesk.demo.DemoSchool;
import org.policydesk.documents.PdfText;
import org.policydesk.documents.StoredDocument;
import org.policydesk.officialuse.OfficialUseService;
import org.policydesk.workflow.Actors;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every register for the demo school, as PDF read back with PDFBox and as XLSX read back with POI.
 * Incidents, handovers and acknowledgements are inserted as rows of the tables the migrations define.
 */
class RegistersIntegrationTests extends DemoSchoolTestSupport {

    private static final String SCHOOL = DemoSchool.SCHOOL_ID;
    private static final String SECRET = "correct-horse-battery-staple-42";
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";

    @Autowired Registers registers;
    @Autowired OfficialUseService officialUse;
    @Autowired AccountRegister accounts;
    @Autowired Actors actors;
    @Autowired TaskService taskService;

    @BeforeEach
    void someOfficialUseAccountsAndRecords() {
        officialUse.request(actors.of("zadams"), personId("zadams"), "Year 5 trip photographs on Instagram");
        long tom = officialUse.request(actors.of("tbaker"), personId("tbaker"), "A Year 6 class account on TikTok");
        String task = taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(tom)).singleResult().getId();
        officialUse.decide(actors.of("hellis"), task, false, "Most Year 6 pupils are under 13.");
        officialUse.request(actors.of("hnguyen"), personId("hnguyen"), "Governor news on the school Facebook page");
        accounts.record(actors.of("okowalski"), personId("okowalski"),
            new AccountDetails("Instagram", FORMULA, "office@keston.example.org", Secret.of(SECRET)));
    }

    @Test
    void officialUsersRegisterShowsWhoIsCurrentAndEveryChange() {
        Register register = registers.build(SCHOOL, RegisterKind.OFFICIAL_USERS);

        String pdf = PdfText.text(sample(register)).replaceAll("\\s+", " ");
        assertThat(pdf).contains("Official users register", "Current official users", "History",
            "Helen Ellis", "Zoë Adams", "Nguyễn Thị Hương", "Tom Baker", "Refused", "Most Year 6 pupils are under 13.");

        XSSFWorkbook workbook = Workbooks.open(registers.xlsx(register));
        XSSFSheet current = workbook.getSheet("Current official users");
        assertThat(column(current, 0)).containsExactly("Name", "Helen Ellis", "Zoë Adams", "Nguyễn Thị Hương");
        assertThat(column(current, 3)).containsExactly("Status", "Active", "Requested", "Requested");
        assertDateCell(current.getRow(2).getCell(5), LocalDate.now());
        XSSFSheet history = workbook.getSheet("History");
        assertThat(column(history, 0)).contains("Tom Baker");
        assertThat(column(history, 1)).contains("Refused");
        assertThat(column(history, 2)).contains("Helen Ellis");
        assertDateCell(history.getRow(1).getCell(3), LocalDate.now());
        assertSheetShape(workbook, current, 9);
        assertSheetShape(workbook, history, 5);
    }

    @Test
    void accountsRegisterNamesHoldersAndNeverShowsASecretOrLogin() {
        Register register = registers.build(SCHOOL, RegisterKind.ACCOUNTS);

        byte[] pdfBytes = sample(register);
        String pdf = PdfText.text(pdfBytes).replaceAll("\\s+", " ");
        assertThat(pdf).contains("facebook.com/KestonPrimary", "Helen Ellis", "Łukasz Kowalski", "Instagram")
            .doesNotContain(SECRET).doesNotContain("office@keston.example.org");
        assertThat(new String(pdfBytes, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);

        byte[] xlsx = registers.xlsx(register);
        XSSFWorkbook workbook = Workbooks.open(xlsx);
        XSSFSheet sheet = workbook.getSheet("Accounts");
        assertThat(column(sheet, 0)).containsExactly("Platform", "Facebook", "Instagram");
        assertThat(column(sheet, 2)).containsExactly("Holder", "Helen Ellis", "Łukasz Kowalski");
        assertThat(allText(workbook)).doesNotContain(SECRET).doesNotContain("office@keston.example.org");
        Cell formula = sheet.getRow(2).getCell(1);
        assertThat(formula.getCellType()).as("a handle that looks like a formula stays text").isEqualTo(CellType.STRING);
        assertThat(formula.getStringCellValue()).isEqualTo(FORMULA);
        assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
        assertDateCell(sheet.getRow(1).getCell(5), LocalDate.now());
        assertSheetShape(workbook, sheet, 6);
    }

    @Test
    void aLongIncidentRegisterRunsOverPagesWithItsHeaderRowOnEach() {
        for (int i = 1; i <= 150; i++) {
            incident(LocalDateTime.of(2025, 1, 6, 9, 0).plusDays(i), i % 3 == 0 ? "DEFAMATORY" : "NEGATIVE",
                i % 3 == 0 ? "REMOVAL" : "PROPER_CHANNELS", i % 5 == 0 ? null : LocalDateTime.of(2025, 6, 1, 12, 0));
        }
        Register register = registers.build(SCHOOL, RegisterKind.INCIDENTS);

        byte[] pdf = sample(register);
        int pages = PdfText.pages(pdf);
        assertThat(pages).isGreaterThan(2);
        for (int page = 1; page <= pages; page++) {
            assertThat(PdfText.pageText(pdf, page)).as("page %d", page)
                .contains("Ref.", "Category", "Outcome", "Page " + page + " of " + pages);
        }
        assertThat(PdfText.text(pdf).replaceAll("\\s+", " ")).contains("INC-0001 ", "INC-0150 ", "Defamatory or libellous", "Negative but fair",
            "Proper channels", "Removal", "7 Jan 2025");
        assertThat(PdfText.fontsNotEmbedded(pdf)).isEmpty();

        XSSFWorkbook workbook = Workbooks.open(registers.xlsx(register));
        XSSFSheet sheet = workbook.getSheet("Incidents");
        assertThat(sheet.getLastRowNum()).isEqualTo(150);
        assertThat(Workbooks.text(sheet.getRow(1).getCell(0))).isEqualTo("INC-0001");
        assertDateCell(sheet.getRow(1).getCell(1), LocalDate.of(2025, 1, 7));
        assertThat(Workbooks.text(sheet.getRow(3).getCell(4))).isEqualTo("Defamatory or libellous");
        assertThat(sheet.getRow(5).getCell(10)).as("an open incident has no closing date").isNull();
        assertDateCell(sheet.getRow(1).getCell(10), LocalDate.of(2025, 6, 1));
        assertThat(Workbooks.autoFilter(sheet)).isEqualTo("A1:K151");
        assertSheetShape(workbook, sheet, 11);
    }

    @Test
    void handoverRegisterShowsEachLeaverAndHowManyAccountsWereHandedOver() {
        long handover = handover("sobrien", LocalDateTime.of(2025, 7, 17, 10, 0), LocalDateTime.of(2025, 7, 25, 16, 0));
        long account = jdbc.sql("select id from accounts_account order by id").query(Long.class).list().get(0);
        jdbc.sql("insert into handover_account_step (handover_id, account_id, disposition) values (?, ?, 'TRANSFERRED')")
            .params(handover, account).update();
        Register register = registers.build(SCHOOL, RegisterKind.HANDOVERS);

        assertThat(PdfText.text(sample(register)).replaceAll("\\s+", " "))
            .contains(String.format("HO-%04d", handover), "Siobhán O'Brien", "Left the school", "Complete", "17 Jul 2025");
        XSSFWorkbook workbook = Workbooks.open(registers.xlsx(register));
        XSSFSheet sheet = workbook.getSheet("Handovers");
        assertThat(Workbooks.text(sheet.getRow(1).getCell(1))).isEqualTo("Siobhán O'Brien");
        assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(1.0);
        assertDateCell(sheet.getRow(1).getCell(6), LocalDate.of(2025, 7, 25));
        assertSheetShape(workbook, sheet, 10);
    }

    @Test
    void acknowledgementsRegisterSeparatesWhoHasFromWhoHasNot() {
        jdbc.sql("insert into ack_round (school_id, subject, started_by, started_at) values (?, 'POLICY', 'hellis', ?)")
            .params(SCHOOL, LocalDateTime.of(2025, 9, 8, 9, 0)).update();
        long roundId = jdbc.sql("select max(id) from ack_round").query(Long.class).single();
        acknowledgement(roundId, "zadams", LocalDateTime.of(2025, 9, 9, 15, 30), 0);
        acknowledgement(roundId, "okowalski", null, 2);
        acknowledgement(roundId, "hnguyen", null, 1);
        Register register = registers.build(SCHOOL, RegisterKind.ACKNOWLEDGEMENTS);

        String pdf = PdfText.text(sample(register)).replaceAll("\\s+", " ");
        assertThat(pdf).contains("Still to acknowledge", "Łukasz Kowalski", "Nguyễn Thị Hương", "Acknowledged", "Zoë Adams");
        assertThat(pdf.indexOf("Łukasz Kowalski")).isLessThan(pdf.indexOf("Zoë Adams"));

        XSSFWorkbook workbook = Workbooks.open(registers.xlsx(register));
        assertThat(column(workbook.getSheet("Still to acknowledge"), 0))
            .containsExactly("Name", "Łukasz Kowalski", "Nguyễn Thị Hương");
        XSSFSheet done = workbook.getSheet("Acknowledged");
        assertThat(column(done, 0)).containsExactly("Name", "Zoë Adams");
        assertThat(Workbooks.text(done.getRow(1).getCell(2))).isEqualTo("Policy");
        assertThat(DateUtil.isCellDateFormatted(done.getRow(1).getCell(4))).isTrue();
        assertThat(done.getRow(1).getCell(4).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2025, 9, 9, 15, 30));
        assertSheetShape(workbook, done, 6);
    }

    @Test
    void everyRegisterIsStoredAsPdfAndXlsxUnderOutput() throws Exception {
        for (RegisterKind kind : RegisterKind.values()) {
            StoredDocument pdf = registers.storePdf(SCHOOL, kind);
            StoredDocument xlsx = registers.storeXlsx(SCHOOL, kind);

            assertThat(pdf.name()).isEqualTo("registers/keston/" + kind.slug() + "-" + LocalDate.now() + ".pdf");
            assertThat(PdfText.text(Files.readAllBytes(pdf.path()))).contains(kind.title());
            assertThat(PdfText.title(Files.readAllBytes(pdf.path()))).isEqualTo(kind.title());
            try (XSSFWorkbook workbook = Workbooks.open(Files.readAllBytes(xlsx.path()))) {
                assertThat(workbook.getNumberOfSheets()).isPositive();
                assertThat(workbook.getProperties().getCoreProperties().getTitle()).isEqualTo(kind.title());
            }
        }
    }

    /** The register as PDF, also kept under target/document-samples for looking at. */
    private byte[] sample(Register register) {
        byte[] pdf = registers.pdf(register);
        try {
            java.nio.file.Path samples = Files.createDirectories(java.nio.file.Path.of("target", "document-samples"));
            Files.write(samples.resolve("registers-" + register.kind().slug() + ".pdf"), pdf);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return pdf;
    }

    private void incident(LocalDateTime reportedAt, String whatItIs, String path, LocalDateTime closedAt) {
        jdbc.sql("""
                insert into escalation_incident (school_id, reported_by, reported_at, platform, content, who_posted,
                    what_it_is, path, status, outcome, closed_at)
                values (?, 'sjones', ?, 'Facebook', 'A comment about the school', 'PARENT', ?, ?, ?, ?, ?)""")
            .params(SCHOOL, reportedAt, whatItIs, path, closedAt == null ? "OPEN" : "CLOSED",
                closedAt == null ? null : "REMOVED", closedAt)
            .update();
    }

    private long handover(String leaver, LocalDateTime started, LocalDateTime completed) {
        jdbc.sql("""
                insert into handover_handover (school_id, leaver_person_id, reason, status, started_at, completed_at,
                    leaver_assistance, outcome)
                values (?, ?, 'LEFT', 'COMPLETE', ?, ?, 'FULL', 'Facebook page transferred to the office.')""")
            .params(SCHOOL, personId(leaver), started, completed).update();
        return jdbc.sql("select max(id) from handover_handover").query(Long.class).single();
    }

    private void acknowledgement(long round, String userId, LocalDateTime at, int reminders) {
        jdbc.sql("insert into ack_acknowledgement (round_id, person_id, acknowledged_at, reminders_sent) values (?, ?, ?, ?)")
            .params(round, personId(userId), at, reminders).update();
    }

    private static List<String> column(XSSFSheet sheet, int column) {
        List<String> values = new ArrayList<>();
        for (Row row : sheet) {
            values.add(Workbooks.text(row.getCell(column)));
        }
        return values;
    }

    private static String allText(XSSFWorkbook workbook) {
        StringBuilder all = new StringBuilder();
        workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> all.append(Workbooks.text(cell)).append('|'))));
        return all.toString();
    }

    private static void assertDateCell(Cell cell, LocalDate expected) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).as("date format on %s", cell.getAddress()).isTrue();
        assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(expected);
    }

    private static void assertSheetShape(XSSFWorkbook workbook, XSSFSheet sheet, int columns) {
        assertThat(Workbooks.headerFrozen(sheet)).as("header row frozen on %s", sheet.getSheetName()).isTrue();
        assertThat(Workbooks.autoFilter(sheet)).as("auto-filter on %s", sheet.getSheetName()).startsWith("A1:");
        Row header = sheet.getRow(0);
        assertThat(header.getLastCellNum()).isEqualTo((short) columns);
        for (Cell cell : header) {
            assertThat(Workbooks.bold(workbook, cell)).as("bold header %s", cell.getStringCellValue()).isTrue();
            assertThat(sheet.getColumnWidth(cell.getColumnIndex())).as("width of %s", cell.getStringCellValue())
                .isBetween(8 * 256, 80 * 256);
        }
    }
}
