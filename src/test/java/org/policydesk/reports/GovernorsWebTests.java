package org.policydesk.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.policydesk.WebTestSupport;
import org.policydesk.documents.PdfText;
import org.policydesk.escalation.IncidentService;
import org.policydesk.escalation.ReportedComment;
import org.policydesk.people.PersonKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The governors' area over MockMvc: for the governors, the clerk and the Head Teacher only; the
 * termly report for the chosen term (the current one by default) and every register to download,
 * none of which names a pupil or a parent even when a reported comment did.
 */
class GovernorsWebTests extends WebTestSupport {

    private static final List<String> PUPILS_AND_PARENTS = List.of("Amelia Brown", "Oliver Smith", "Noah Wilson",
        "Emma Brown", "James Smith", "Fatima Wilson");

    @Autowired IncidentService incidents;
    @Autowired Clock clock;

    /** A parent's post naming her child, reported by a teacher: the kind of record governors must see anonymised. */
    private void aParentsPostNamingHerChildIsReported() {
        long emma = people.ofKind("keston", PersonKind.PARENT).stream()
            .filter(parent -> parent.fullName().equals("Emma Brown")).findFirst().orElseThrow().id();
        incidents.report(actor("sjones"), ReportedComment.of("Facebook",
                "Amelia Brown's teacher is useless, says her mum Emma Brown").postedBy("Emma Brown", emma));
    }

    @Test
    void theAreaIsForGovernorsTheClerkAndTheHeadTeacherOnly() throws Exception {
        for (String member : List.of("sobrien", "cwhitfield", "ppatel", "hellis")) {
            mvc.perform(get("/governors").with(user(member))).andExpect(status().isOk());
            mvc.perform(get("/").with(user(member))).andExpect(content().string(containsString("href=\"/governors\"")));
        }
        for (String outsider : List.of("tbaker", "okowalski", "dmensah")) {
            mvc.perform(get("/governors").with(user(outsider))).andExpect(status().isForbidden());
            mvc.perform(get("/governors/report.pdf").with(user(outsider))).andExpect(status().isForbidden());
            mvc.perform(get("/").with(user(outsider))).andExpect(content().string(not(containsString("href=\"/governors\""))));
        }
    }

    @Test
    void theTermPickerDefaultsToTheCurrentTermAndOffersEarlierOnes() throws Exception {
        Term current = Term.containing(LocalDate.now(clock));
        Term before = Term.containing(current.start().minusDays(1));

        mvc.perform(get("/governors").with(user("sobrien")))
            .andExpect(content().string(containsString("<option value=\"" + current.slug() + "\" selected>" + current.label())))
            .andExpect(content().string(containsString("<option value=\"" + before.slug() + "\">")))
            .andExpect(content().string(containsString("/governors/report.pdf?term=" + current.slug())));
        mvc.perform(get("/governors?term=" + before.slug()).with(user("sobrien")))
            .andExpect(content().string(containsString("<option value=\"" + before.slug() + "\" selected>")))
            .andExpect(content().string(containsString("Download the " + before.label() + " report")));
        mvc.perform(get("/governors?term=winter-2026").with(user("sobrien")))
            .andExpect(status().isNotFound())
            .andExpect(content().string(containsString("is not a term")));
    }

    @Test
    void theTermlyReportAndEveryRegisterDownloadWithoutAPupilsOrParentsName() throws Exception {
        aParentsPostNamingHerChildIsReported();
        Term current = Term.containing(LocalDate.now(clock));

        MvcResult page = mvc.perform(get("/governors").with(user("sobrien")))
            .andExpect(content().string(containsString("Comments reported")))
            .andReturn();
        assertThat(page.getResponse().getContentAsString()).doesNotContain(PUPILS_AND_PARENTS);

        MvcResult report = mvc.perform(get("/governors/report.pdf?term=" + current.slug()).with(user("sobrien")))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/pdf"))
            .andExpect(header().string("Content-Disposition", containsString("governors-report-" + current.slug() + ".pdf")))
            .andReturn();
        assertThat(PdfText.text(report.getResponse().getContentAsByteArray()))
            .contains(current.label()).contains("INC-0001").doesNotContain(PUPILS_AND_PARENTS);

        for (RegisterKind kind : RegisterKind.values()) {
            MvcResult pdf = mvc.perform(get("/registers/" + kind.slug() + ".pdf").with(user("sobrien")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf")).andReturn();
            assertThat(PdfText.text(pdf.getResponse().getContentAsByteArray())).as(kind.title())
                .contains(kind.title()).doesNotContain(PUPILS_AND_PARENTS);
            MvcResult xlsx = mvc.perform(get("/registers/" + kind.slug() + ".xlsx").with(user("sobrien")))
                .andExpect(status().isOk()).andReturn();
            try (XSSFWorkbook workbook = Workbooks.open(xlsx.getResponse().getContentAsByteArray());
                 XSSFExcelExtractor text = new XSSFExcelExtractor(workbook)) {
                assertThat(text.getText()).as(kind.title()).doesNotContain(PUPILS_AND_PARENTS);
            }
        }
        mvc.perform(get("/registers/pupils.pdf").with(user("sobrien"))).andExpect(status().isNotFound());
    }
}
