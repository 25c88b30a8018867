package org.policydesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.policydesk.WebTestSupport;
import org.policydesk.demo.DemoSchool;
import org.policydesk.documents.SpreadsheetText;
import org.policydesk.escalation.IncidentService;
import org.policydesk.escalation.ReportedComment;
import org.policydesk.mailmerge.ContactLists;
import org.policydesk.mailmerge.MailMerge;
import org.policydesk.mailmerge.MergeProgress;
import org.policydesk.mailmerge.MergeRequest;
import org.policydesk.mailmerge.MergeResult;
import org.policydesk.mailmerge.SchoolYear;
import org.policydesk.reports.RegisterKind;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Text a spreadsheet could run ({@code =HYPERLINK(...)}, {@code +}, {@code -}, {@code @}, tab,
 * carriage return) typed into a name, a handle or an incident, read back from every export PolicyDesk
 * writes: every XLSX register (one writer, RegisterWorkbook) and the mail merge's CSV manifest.
 * Both use the one neutralising rule, {@link SpreadsheetText}; the text itself is kept as typed.
 */
class FormulaInjectionTests extends WebTestSupport {

    static final String HYPERLINK = "=HYPERLINK(\"http://evil.example\",\"click\")";
    static final List<String> HOSTILE = List.of(HYPERLINK, "+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)", "\t=1+1", "\r=1+1");

    @Autowired IncidentService incidents;
    @Autowired MailMerge mailMerge;

    @Test
    void everyXlsxRegisterKeepsFormulaLikeTextAsQuotedTextNeverAFormula() throws Exception {
        jdbc.sql("update people_person set full_name = ? where user_id = 'hellis'").param(HYPERLINK).update();
        jdbc.sql("update people_person set full_name = ? where user_id = 'sjones'").param("@SUM(1+1)").update();
        jdbc.sql("update accounts_account set handle = ?, login_id = ?").param("+cmd|' /C calc'!A0").param("-2+3").update();
        incidents.report(actor("sjones"), new ReportedComment("-2+3", null, null, "\t=1+1", null, HYPERLINK));

        List<String> downloads = new ArrayList<>(Arrays.stream(RegisterKind.values())
            .map(kind -> "/registers/" + kind.slug() + ".xlsx").toList());
        downloads.add("/incidents/register.xlsx");
        List<String> neutralised = new ArrayList<>();
        for (String download : downloads) {
            byte[] xlsx = mvc.perform(get(download).with(user("hellis"))).andReturn().getResponse().getContentAsByteArray();
            try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                for (Sheet sheet : workbook) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            assertThat(cell.getCellType()).as(download + " " + cell.getAddress()).isNotEqualTo(CellType.FORMULA);
                            if (cell.getCellType() == CellType.STRING && SpreadsheetText.looksLikeFormula(cell.getStringCellValue())) {
                                assertThat(cell.getCellStyle().getQuotePrefixed()).as(download + " " + cell.getAddress()).isTrue();
                                neutralised.add(cell.getStringCellValue());
                            }
                        }
                    }
                }
            }
        }
        assertThat(neutralised).as("formula-like text is kept as typed, quoted")
            .contains(HYPERLINK, "+cmd|' /C calc'!A0", "-2+3");
    }

    @Test
    void theMailMergeManifestPrefixesFormulaLikeCellsSoExcelShowsThemAsText() throws IOException {
        String csv = "Contact Name,Email,Pupil Name,Class\r\n"
            + "\"" + HYPERLINK.replace("\"", "\"\"") + "\",emma@example.org,+Amelia Brown,-5K\r\n"
            + "@Fatima Wilson,fatima@example.org,Noah Wilson,5K\r\n";
        MergeResult result = mailMerge.merge(new MergeRequest(DemoSchool.SCHOOL_ID,
            ContactLists.read("contacts.csv", csv.getBytes(StandardCharsets.UTF_8)), SchoolYear.parse("2026-27"),
            LocalDate.now().plusDays(10), false), MergeProgress.NONE);

        List<CSVRecord> records;
        try (Reader manifest = Files.newBufferedReader(result.manifest(), StandardCharsets.UTF_8)) {
            records = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get().parse(manifest).getRecords();
        }
        assertThat(records).hasSize(2);
        for (CSVRecord record : records) {
            for (String value : record) {
                String unquoted = value.startsWith("\uFEFF") ? value.substring(1) : value;
                assertThat(SpreadsheetText.looksLikeFormula(unquoted)).as(value).isFalse();
            }
        }
        assertThat(records.get(0).get("parent")).isEqualTo("'" + HYPERLINK);
        assertThat(records.get(0).get("pupil")).isEqualTo("'+Amelia Brown");
        assertThat(records.get(0).get("class")).isEqualTo("'-5K");
        assertThat(records.get(1).get("parent")).isEqualTo("'@Fatima Wilson");
    }

    @Test
    void theOneRuleCoversEveryFirstCharacterOwaspLists() {
        for (String text : HOSTILE) {
            assertThat(SpreadsheetText.looksLikeFormula(text)).as(text).isTrue();
            assertThat(SpreadsheetText.forCsv(text)).isEqualTo("'" + text);
        }
        assertThat(SpreadsheetText.forCsv("O'Brien")).isEqualTo("O'Brien");
    }
}
