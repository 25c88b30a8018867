package org.policydesk.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policydesk.MovableClock;
import org.policydesk.WebTestSupport;
import org.policydesk.audit.AuditEntry;
import org.policydesk.documents.OutputStore;
import org.policydesk.escalation.IncidentService;
import org.policydesk.escalation.ReportedComment;
import org.policydesk.escalation.Upload;
import org.policydesk.reports.RegisterKind;
import org.policydesk.reports.Registers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The audit trail as the school sees it: role changes, register and report downloads and opened
 * documents each leave an entry with who, what, which record and from where; the audit page shows
 * the trail newest first to the administrators and the Head Teacher only, filters it by person,
 * record and days, pages it, downloads it as formula-safe CSV, and names the entry where someone
 * changed the trail behind PolicyDesk's back.
 */
@Import(MovableClock.Configuration.class)
class AuditPageWebTests extends WebTestSupport {

    private static final String FROM = "198.51.100.4";
    private static final byte[] PNG = withPadding(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    private static final byte[] PDF = withPadding("%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1));

    @Autowired MovableClock clock;
    @Autowired IncidentService incidents;
    @Autowired OutputStore output;
    @Autowired Registers registers;

    @BeforeEach
    void timeAsItIs() {
        clock.reset();
    }

    @Test
    void aRoleChangeIsAuditedWithWhoWhatRecordAndFromWhere() throws Exception {
        long id = person("tbaker").id();
        mvc.perform(post("/admin/people/" + id).with(user("itadmin")).with(csrf()).with(from(FROM))
                .param("group-staff", "true").param("group-office", "true").param("reason", "Covers the office on Fridays"))
            .andExpect(redirectedUrl("/admin/people/" + id));

        AuditEntry change = last("person", id);
        assertThat(change.action()).isEqualTo("groups-changed");
        assertThat(change.actor()).isEqualTo("itadmin");
        assertThat(change.detail()).isEqualTo("added to office");
        assertThat(change.reason()).isEqualTo("Covers the office on Fridays");
        assertThat(change.origin()).isEqualTo(FROM);
    }

    @Test
    void everyRegisterAndReportDownloadIsAuditedOnce() throws Exception {
        mvc.perform(get("/registers/handovers.xlsx").with(user("hnguyen")).with(from(FROM))).andExpect(status().isOk());
        mvc.perform(get("/registers/handovers.pdf").with(user("hnguyen")).with(from(FROM))).andExpect(status().isOk());
        mvc.perform(get("/incidents/register.pdf").with(user("dmensah")).with(from(FROM))).andExpect(status().isOk());
        mvc.perform(get("/governors/report.pdf").with(user("cwhitfield")).with(from(FROM))).andExpect(status().isOk());
        mvc.perform(get("/registers/handovers.pdf").with(user("tbaker"))).andExpect(status().isForbidden());

        List<AuditEntry> handovers = audit.entriesFor("register", "handovers");
        assertThat(handovers).extracting(AuditEntry::detail)
            .containsExactly("Handover register as XLSX, 0 rows, downloaded.", "Handover register as PDF, 0 rows, downloaded.");
        assertThat(handovers).allSatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("hnguyen");
            assertThat(entry.action()).isEqualTo("register-exported");
            assertThat(entry.origin()).isEqualTo(FROM);
        });
        assertThat(last("register", "incidents").actor()).isEqualTo("dmensah");
        AuditEntry report = audit.entriesBy("cwhitfield").get(0);
        assertThat(report.action()).isEqualTo("report-exported");
        assertThat(report.recordType()).isEqualTo("governors-report");
        assertThat(report.origin()).isEqualTo(FROM);
    }

    @Test
    void aRegisterWrittenWithoutASignInIsAuditedAsPolicyDesksWithTheFile() {
        // Spring's test support gives the test thread a pretend request; a batch command or timer has none.
        RequestContextHolder.resetRequestAttributes();
        registers.storeXlsx("keston", RegisterKind.HANDOVERS);

        AuditEntry stored = last("register", "handovers");
        assertThat(stored.actor()).isEqualTo("policydesk");
        assertThat(stored.detail()).contains("written to registers/keston/handovers-");
        assertThat(stored.origin()).isEqualTo("PolicyDesk");
    }

    @Test
    void openingAScreenshotOrAFiledLetterIsAudited() throws Exception {
        long id = incidents.report(actor("sjones"), ReportedComment.of("Facebook", "A post about the school"),
            new Upload("post.png", PNG));
        String letter = "incidents/keston/" + id + "/removal-request.pdf";
        output.write(letter, PDF);
        jdbc.sql("""
                insert into documents_issued (school_id, record_type, record_id, kind, name, issued_by, issued_at)
                values ('keston', 'incident', ?, 'removal-request', ?, 'dmensah', ?)""")
            .params(String.valueOf(id), letter, LocalDateTime.now()).update();
        long documentId = jdbc.sql("select id from documents_issued").query(Long.class).single();

        mvc.perform(get("/incidents/" + id + "/screenshot").with(user("dmensah")).with(from(FROM))).andExpect(status().isOk());
        mvc.perform(get("/incidents/" + id + "/documents/" + documentId).with(user("okowalski")).with(from(FROM)))
            .andExpect(status().isOk());
        mvc.perform(get("/incidents/" + id + "/documents/" + documentId).with(user("tbaker")))
            .andExpect(status().isForbidden());

        List<AuditEntry> trail = audit.entriesFor("incident", id);
        AuditEntry screenshot = trail.get(trail.size() - 2);
        assertThat(screenshot.action()).isEqualTo("screenshot-viewed");
        assertThat(screenshot.actor()).isEqualTo("dmensah");
        assertThat(screenshot.origin()).isEqualTo(FROM);
        AuditEntry opened = trail.get(trail.size() - 1);
        assertThat(opened.action()).isEqualTo("document-viewed");
        assertThat(opened.actor()).isEqualTo("okowalski");
        assertThat(opened.detail()).isEqualTo("removal-request: " + letter);
        assertThat(opened.origin()).isEqualTo(FROM);
    }

    @Test
    void onlyTheAdministratorsAndTheHeadTeacherMayReadTheAuditTrail() throws Exception {
        for (String refused : List.of("cwhitfield", "hnguyen", "tbaker", "okowalski", "dmensah")) {
            mvc.perform(get("/admin/audit").with(user(refused))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/audit.csv").with(user(refused))).andExpect(status().isForbidden());
            mvc.perform(get("/").with(user(refused))).andExpect(content().string(not(containsString("href=\"/admin/audit\""))));
        }
        for (String reader : List.of("itadmin", "hellis")) {
            mvc.perform(get("/admin/audit").with(user(reader))).andExpect(status().isOk())
                .andExpect(content().string(containsString("The audit trail is intact")));
            mvc.perform(get("/").with(user(reader))).andExpect(content().string(containsString("href=\"/admin/audit\"")));
        }
    }

    @Test
    void theTrailIsFilteredByPersonRecordAndDays() throws Exception {
        LocalDate today = LocalDate.now(clock);
        audit.record("keston", "sjones", "test-alpha", "incident", 7, "Alpha happened", null);
        clock.advance(Duration.ofDays(3));
        audit.record("keston", "tbaker", "test-bravo", "handover", 8, "Bravo happened", "Because of Bravo");
        audit.record("keston", "tbaker", "test-charlie", "incident", 9, "Charlie happened", null);

        assertThat(page("person=sjones")).contains("Alpha happened").doesNotContain("Bravo happened", "Charlie happened");
        assertThat(page("person=tbaker")).contains("Bravo happened", "Because of Bravo", "Charlie happened")
            .doesNotContain("Alpha happened");
        assertThat(page("recordType=incident")).contains("Alpha happened", "Charlie happened").doesNotContain("Bravo happened");
        assertThat(page("recordType=incident&recordId=9")).contains("Charlie happened").doesNotContain("Alpha happened");
        String later = today.plusDays(1).getDayOfMonth() + "&fromMonth=" + today.plusDays(1).getMonthValue()
            + "&fromYear=" + today.plusDays(1).getYear();
        assertThat(page("fromDay=" + later)).contains("Bravo happened", "Charlie happened").doesNotContain("Alpha happened");
        assertThat(page("toDay=" + today.getDayOfMonth() + "&toMonth=" + today.getMonthValue() + "&toYear=" + today.getYear()))
            .contains("Alpha happened").doesNotContain("Bravo happened", "Charlie happened");
        assertThat(page("person=tbaker&recordType=handover&fromDay=" + later)).contains("Bravo happened")
            .doesNotContain("Charlie happened", "Alpha happened");

        String newestFirst = page("person=tbaker");
        assertThat(newestFirst.indexOf("Charlie happened")).isLessThan(newestFirst.indexOf("Bravo happened"));
        assertThat(page("fromDay=31&fromMonth=2&fromYear=2026")).contains("Enter the first day as a real date")
            .contains("Alpha happened");
    }

    @Test
    void theTrailIsShownFiftyEntriesAPage() throws Exception {
        for (int i = 1; i <= 120; i++) {
            audit.record("keston", "ppatel", "test-entry", "test", i, "Entry number " + i + ".", null);
        }

        String first = page("person=ppatel");
        assertThat(first).contains("Entries 1 to 50 of 120", "Page 1 of 3", "Entry number 120.", "Entry number 71.")
            .doesNotContain("Entry number 70.");
        String third = page("person=ppatel&page=3");
        assertThat(third).contains("Entries 101 to 120 of 120", "Entry number 1.", "Entry number 20.")
            .doesNotContain("Entry number 21.");
        assertThat(first).contains("/admin/audit?person=ppatel&amp;page=2");
    }

    @Test
    void anEntryEditedInTheDatabaseIsNamedOnThePage() throws Exception {
        audit.record("keston", "hellis", "test-decision", "incident", 3, "Removal approved", null);
        audit.record("keston", "hellis", "test-decision", "incident", 4, "Police informed", null);
        long edited = last("incident", 3).id();
        assertThat(page("")).contains("The audit trail is intact");

        jdbc.sql("update audit_entry set detail = 'Removal refused' where id = ?").param(edited).update();

        String shown = page("");
        assertThat(shown).contains("The audit trail has been changed outside PolicyDesk",
            "It is broken at entry " + edited + ": its contents were changed after it was written",
            "Broken here").doesNotContain("The audit trail is intact");
        assertThat(shown.indexOf("Broken here")).isGreaterThan(shown.indexOf("id=\"entry-" + edited + "\""));
    }

    @Test
    void theCsvDownloadNeutralisesEveryCellAndIsItselfAudited() throws Exception {
        audit.record("keston", "sjones", "test-hostile", "incident", "=1+1", "=HYPERLINK(\"http://evil.example\")",
            "@SUM(A1)");

        String csv = mvc.perform(get("/admin/audit.csv").param("person", "sjones").with(user("hellis")).with(from(FROM)))
            .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"))
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv).contains("'=HYPERLINK(\"\"http://evil.example\"\")", "'@SUM(A1)", "'=1+1")
            .doesNotContain(",=", ",@", ",+");
        AuditEntry exported = last("audit-trail", "keston");
        assertThat(exported.action()).isEqualTo("audit-exported");
        assertThat(exported.actor()).isEqualTo("hellis");
        assertThat(exported.detail()).contains("1 entries as CSV", "person=sjones");
        assertThat(exported.origin()).isEqualTo(FROM);
    }

    private String page(String query) throws Exception {
        return mvc.perform(get("/admin/audit?" + query).with(user("hellis"))).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private AuditEntry last(String recordType, Object id) {
        List<AuditEntry> entries = audit.entriesFor(recordType, id);
        assertThat(entries).isNotEmpty();
        return entries.get(entries.size() - 1);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static byte[] withPadding(byte[] start) {
        byte[] bytes = new byte[300];
        System.arraycopy(start, 0, bytes, 0, start.length);
        return bytes;
    }
}
