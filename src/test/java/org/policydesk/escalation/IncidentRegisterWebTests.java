package org.policydesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.policydesk.escalation.EscalationProcess.TASK_TRIAGE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policydesk.WebTestSupport;
import org.policydesk.documents.PdfText;
import org.policydesk.people.PersonKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The incident register page: its filters, its PDF and XLSX downloads (the rows shown, never a
 * name) and who may see it.
 */
class IncidentRegisterWebTests extends WebTestSupport {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired IncidentService incidents;
    @Autowired Clock clock;

    private LocalDate today;

    /** INC-0001 praise (closed as recorded), INC-0002 a parent's defamatory post, INC-0003 a pupil's negative one. */
    @BeforeEach
    void threeReports() {
        today = LocalDate.now(clock);
        triage(report("Facebook", "Lovely harvest festival", "Emma Brown", PersonKind.PARENT), WhoPosted.PARENT, WhatItIs.PRAISE);
        triage(report("Facebook", "The deputy lies to parents", "Emma Brown", PersonKind.PARENT), WhoPosted.PARENT, WhatItIs.DEFAMATORY);
        triage(report("TikTok", "Too much homework", "Oliver Smith", PersonKind.PUPIL), WhoPosted.PUPIL, WhatItIs.NEGATIVE);
    }

    @Test
    void theRegisterFiltersByStatusCategoryPathAndTheDaysReported() throws Exception {
        assertShows("", "INC-0001", "INC-0002", "INC-0003").andExpect(content().string(containsString("3 incidents")));
        assertShows("?status=OPEN", "INC-0002", "INC-0003").andExpect(content().string(containsString("Open: 2 incidents")));
        assertShows("?status=CLOSED", "INC-0001");
        assertShows("?category=DEFAMATORY", "INC-0002");
        assertShows("?path=TALK_TO_PUPIL", "INC-0003");
        assertShows("?from=" + today + "&to=" + today, "INC-0001", "INC-0002", "INC-0003");
        assertShows("?from=" + today.plusDays(1)).andExpect(content().string(containsString("No incident matches these filters.")));
        assertShows("?to=" + today.minusDays(1));
    }

    @Test
    void aFilterThatIsNotAChoiceGetsAMessageOnItsFieldAndTheOthersStillApply() throws Exception {
        assertShows("?status=LOST&category=DEFAMATORY&from=2026-13-01", "INC-0002")
            .andExpect(content().string(containsString("There is a problem")))
            .andExpect(content().string(containsString("<a href=\"#status\">Choose a status from the list</a>")))
            .andExpect(content().string(containsString("id=\"from-error\"")))
            .andExpect(content().string(containsString("value=\"2026-13-01\"")));
        assertShows("?from=" + today + "&to=" + today.minusDays(1), "INC-0001", "INC-0002", "INC-0003")
            .andExpect(content().string(containsString("The last day must be the same as or after the first day")));
        mvc.perform(get("/incidents/register.pdf?status=LOST").with(user("hellis")))
            .andExpect(status().isNotFound())
            .andExpect(content().string(containsString("The register cannot be downloaded with these filters")));
    }

    @Test
    void theDownloadsHoldTheRowsShownWithReferencesAndCategoriesButNoNames() throws Exception {
        byte[] pdf = mvc.perform(get("/incidents/register.pdf?category=DEFAMATORY").with(user("hnguyen")))
            .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
            .andExpect(header().string("Content-Disposition",
                "attachment; filename=\"incidents-register-" + today + ".pdf\""))
            .andReturn().getResponse().getContentAsByteArray();
        String text = PdfText.text(pdf);
        assertThat(text).contains("Incident register", "INC-0002", "Defamatory or libellous", "Only the incidents that match")
            .doesNotContain("INC-0001", "INC-0003", "Emma Brown", "lies to parents");

        byte[] xlsx = mvc.perform(get("/incidents/register.xlsx").with(user("ppatel")))
            .andExpect(status().isOk()).andExpect(content().contentType(XLSX))
            .andExpect(header().string("Content-Disposition",
                "attachment; filename=\"incidents-register-" + today + ".xlsx\""))
            .andReturn().getResponse().getContentAsByteArray();
        assertThat(references(xlsx)).containsExactly("INC-0001", "INC-0002", "INC-0003");
        byte[] filtered = mvc.perform(get("/incidents/register.xlsx?status=OPEN&path=TALK_TO_PUPIL").with(user("ppatel")))
            .andReturn().getResponse().getContentAsByteArray();
        assertThat(references(filtered)).containsExactly("INC-0003");
    }

    @Test
    void staffOutsideTheRegistersReadersCannotSeeOrDownloadIt() throws Exception {
        for (String page : List.of("/incidents", "/incidents/register.pdf", "/incidents/register.xlsx")) {
            mvc.perform(get(page).with(user("zadams"))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/").with(user("zadams"))).andExpect(content().string(not(containsString("href=\"/incidents\""))));
        mvc.perform(get("/").with(user("okowalski")))
            .andExpect(content().string(containsString("href=\"/incidents\"")))
            .andExpect(content().string(containsString("Recent incidents")))
            .andExpect(content().string(containsString("Oliver Smith")));
    }

    private ResultActions assertShows(String query, String... references) throws Exception {
        ResultActions page = mvc.perform(get("/incidents" + query).with(user("hellis"))).andExpect(status().isOk());
        for (String reference : List.of("INC-0001", "INC-0002", "INC-0003")) {
            boolean expected = List.of(references).contains(reference);
            page.andExpect(content().string(expected ? containsString(">" + reference + "<") : not(containsString(">" + reference + "<"))));
        }
        return page;
    }

    private long report(String platform, String content, String posterName, PersonKind kind) {
        long poster = people.ofKind("keston", kind).stream().filter(person -> person.fullName().equals(posterName))
            .findFirst().orElseThrow().id();
        return incidents.report(actor("sjones"), ReportedComment.of(platform, content).postedBy(null, poster));
    }

    private void triage(long id, WhoPosted whoPosted, WhatItIs whatItIs) {
        incidents.triage(actor("dmensah"), openTask(TASK_TRIAGE, id).getId(), new Triage(whoPosted, whatItIs, false, false));
    }

    private static List<String> references(byte[] xlsx) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<String> references = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    references.add(row.getCell(0).getStringCellValue());
                }
            }
            return references;
        }
    }
}
