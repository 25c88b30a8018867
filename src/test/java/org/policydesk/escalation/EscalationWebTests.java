package org.policydesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.policydesk.escalation.EscalationProcess.*;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policydesk.WebTestSupport;
import org.policydesk.documents.OutputStore;
import org.policydesk.people.Person;
import org.policydesk.web.FormError;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The escalation pages over MockMvc: reporting with a screenshot (its bytes decide what it is),
 * who may triage, who sees pupils' and parents' names, and that refusals change nothing.
 */
class EscalationWebTests extends WebTestSupport {

    static final byte[] PNG = bytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}, 200);
    static final byte[] PDF = bytes("%PDF-1.4\n%âãÏÓ\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 300);
    static final byte[] EXE = bytes(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}, 500);
    static final String DEFAMATORY_POST = "Mrs Jones steals from the school and lies to parents";

    @Autowired IncidentService incidents;
    @Autowired OutputStore output;

    @BeforeEach
    void emptyTheIncidentFolders() throws IOException {
        Path folder = output.root().resolve("incidents");
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void aStaffMemberReportsAParentsPostWithAScreenshotThatIsFiledWithTheIncidentNotInTheProcess() throws Exception {
        mvc.perform(get("/incidents/report").with(user("sjones")))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Emma Brown")));

        mvc.perform(report("sjones", new MockMultipartFile("screenshot", "post.png", "image/png", PNG))
                .param("postedDay", "2").param("postedMonth", "3").param("postedYear", "2026").param("postedTime", "7:45pm"))
            .andExpect(redirectedUrl("/incidents/1"))
            .andExpect(flash().attribute("notice", containsString("Your report is INC-0001")));

        Incident incident = incidents.get(1);
        assertThat(incident.posterPersonId()).isEqualTo(parent("Emma Brown").id());
        assertThat(incident.postedAt()).isEqualTo("2026-03-02T19:45");
        assertThat(Files.readAllBytes(output.resolve("incidents/keston/1/screenshot.png"))).isEqualTo(PNG);
        assertThat(auditActions(RECORD_TYPE, 1)).containsExactly("incident-reported", "screenshot-attached");
        assertThat(openTask(TASK_TRIAGE, 1)).isNotNull();
        String instance = openTask(TASK_TRIAGE, 1).getProcessInstanceId();
        assertThat(runtimeService.getVariables(instance)).containsOnlyKeys(VAR_SCHOOL_ID, VAR_RECORD_TYPE, VAR_INCIDENT_ID);

        mvc.perform(get("/incidents/1/screenshot").with(user("dmensah")))
            .andExpect(status().isOk()).andExpect(content().contentType("image/png"))
            .andExpect(header().string("Content-Disposition", "attachment; filename=\"INC-0001-screenshot.png\""))
            .andExpect(content().bytes(PNG));
    }

    @Test
    void aScreenshotIsKnownByItsBytesSoAPdfNamedPngIsFiledAndServedAsAPdf() throws Exception {
        mvc.perform(report("sjones", new MockMultipartFile("screenshot", "post.png", "image/png", PDF)))
            .andExpect(redirectedUrl("/incidents/1"));

        assertThat(output.exists("incidents/keston/1/screenshot.png")).isFalse();
        mvc.perform(get("/incidents/1/screenshot").with(user("okowalski")))
            .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
            .andExpect(header().string("Content-Disposition", "attachment; filename=\"INC-0001-screenshot.pdf\""))
            .andExpect(content().bytes(PDF));
    }

    @Test
    void aProgramRenamedToPngIsRefusedWithAPlainMessageAndNothingIsStored() throws Exception {
        MvcResult refused = mvc.perform(report("sjones", new MockMultipartFile("screenshot", "photo.png", "image/png", EXE)))
            .andExpect(redirectedUrl("/incidents/report")).andReturn();

        assertThat(errorsOf(refused)).extracting(FormError::message).singleElement().asString()
            .startsWith("The screenshot must be a PNG or JPEG image or a PDF");
        mvc.perform(get("/incidents/report").with(user("sjones")).flashAttrs(refused.getFlashMap()))
            .andExpect(content().string(containsString("The screenshot must be a PNG or JPEG image or a PDF")))
            .andExpect(content().string(containsString("value=\"Facebook\"")));
        assertNothingReported();
    }

    @Test
    void aScreenshotOverTenMegabytesIsRefusedWithAPlainMessageAndNothingIsStored() throws Exception {
        byte[] large = Arrays.copyOf(PNG, 10 * 1024 * 1024 + 1);
        MvcResult refused = mvc.perform(report("sjones", new MockMultipartFile("screenshot", "big.png", "image/png", large)))
            .andExpect(redirectedUrl("/incidents/report")).andReturn();

        assertThat(errorsOf(refused)).extracting(FormError::message)
            .containsExactly("The screenshot is larger than 10 MB. Choose a smaller file; nothing was saved.");
        assertNothingReported();
    }

    @Test
    void aReportWithoutItsPlatformOrWordsOrWithAnImpossibleDateIsShownAgainFieldByField() throws Exception {
        MvcResult refused = mvc.perform(multipart("/incidents/report").with(user("sjones")).with(csrf())
                .param("platform", " ").param("content", "").param("postedDay", "31").param("postedMonth", "2")
                .param("postedYear", "2026").param("link", "javascript:alert(1)"))
            .andExpect(redirectedUrl("/incidents/report")).andReturn();

        assertThat(errorsOf(refused)).extracting(FormError::field)
            .containsExactlyInAnyOrder("platform", "content", "postedDay", "link");
        mvc.perform(get("/incidents/report").with(user("sjones")).flashAttrs(refused.getFlashMap()))
            .andExpect(content().string(containsString("<a href=\"#platform\">Enter the platform the comment is on")))
            .andExpect(content().string(containsString("<a href=\"#content\">Enter what the comment says")))
            .andExpect(content().string(containsString("The date it was posted must be a real date")))
            .andExpect(content().string(containsString("id=\"content-error\"")));
        assertNothingReported();
    }

    @Test
    void aGovernorReportsWithoutThePeopleRegisterAndCannotPickFromItByCraftingTheForm() throws Exception {
        mvc.perform(get("/incidents/report").with(user("hnguyen")))
            .andExpect(status().isOk()).andExpect(content().string(not(containsString("posterPersonId"))))
            .andExpect(content().string(not(containsString("Emma Brown"))));

        mvc.perform(report("hnguyen", null)).andExpect(status().isForbidden())
            .andExpect(content().string(containsString("Only staff may pick who posted it from the people register")));
        assertNothingReported();

        mvc.perform(multipart("/incidents/report").with(user("hnguyen")).with(csrf()).param("platform", "Facebook")
                .param("content", DEFAMATORY_POST).param("posterDescription", "A parent, I think"))
            .andExpect(redirectedUrl("/incidents/1"));
    }

    @Test
    void aGovernorCannotTriageAReportAndNothingChanges() throws Exception {
        long id = reportedDefamatoryPost();
        String url = "/incidents/tasks/triage/" + openTask(TASK_TRIAGE, id).getId();

        mvc.perform(get(url).with(user("cwhitfield"))).andExpect(status().isForbidden())
            .andExpect(content().string(containsString("Only the leadership team may triage a report.")));
        mvc.perform(post(url).with(user("cwhitfield")).with(csrf()).param("whoPosted", "PARENT").param("whatItIs", "PRAISE"))
            .andExpect(status().isForbidden());

        assertThat(incidents.get(id).whoPosted()).isNull();
        assertThat(incidents.get(id).triagedBy()).isNull();
        assertThat(openTask(TASK_TRIAGE, id)).isNotNull();
        assertThat(auditActions(RECORD_TYPE, id)).containsExactly("incident-reported", "screenshot-attached");
    }

    @Test
    void formsSentWithoutTheCsrfTokenAreRefusedAndChangeNothing() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/incidents/report").with(user("sjones")).session(session))
            .andExpect(content().string(containsString("/incidents/report?_csrf=")));
        mvc.perform(multipart("/incidents/report").file(new MockMultipartFile("screenshot", "post.png", "image/png", PNG))
                .with(user("sjones")).session(session).param("platform", "Facebook").param("content", DEFAMATORY_POST))
            .andExpect(status().isForbidden());
        mvc.perform(multipart("/incidents/report").with(user("sjones")).with(csrf().useInvalidToken()).session(session)
                .param("platform", "Facebook").param("content", DEFAMATORY_POST))
            .andExpect(status().isForbidden());
        assertNothingReported();

        long id = reportedDefamatoryPost();
        String url = "/incidents/tasks/triage/" + openTask(TASK_TRIAGE, id).getId();
        MockHttpSession leadership = new MockHttpSession();
        mvc.perform(get(url).with(user("dmensah")).session(leadership)).andExpect(status().isOk());
        mvc.perform(post(url).with(user("dmensah")).session(leadership).param("whoPosted", "PARENT").param("whatItIs", "DEFAMATORY"))
            .andExpect(status().isForbidden());
        assertThat(incidents.get(id).whoPosted()).isNull();
        assertThat(openTask(TASK_TRIAGE, id)).isNotNull();
        assertThat(auditActions(RECORD_TYPE, id)).containsExactly("incident-reported", "screenshot-attached");
    }

    @Test
    void governorsAndTheClerkSeeReferencesAndCategoriesButNoPupilOrParentNames() throws Exception {
        long id = reportedDefamatoryPost();
        incidents.triage(actor("dmensah"), openTask(TASK_TRIAGE, id).getId(),
            new Triage(WhoPosted.PARENT, WhatItIs.DEFAMATORY, false, false));
        incidents.recordPlatformReport(actor("dmensah"), openTask(TASK_REPORT_ABUSE, id).getId(), "FB-REPORT-5521");
        long letter = jdbc.sql("select id from documents_issued where record_id = ?").param(String.valueOf(id))
            .query(Long.class).single();

        for (String governorOrClerk : List.of("hnguyen", "cwhitfield", "ppatel")) {
            for (String page : List.of("/incidents", "/incidents/" + id, "/")) {
                mvc.perform(get(page).with(user(governorOrClerk)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("INC-0001")))
                    .andExpect(content().string(containsString("Defamatory or libellous")))
                    .andExpect(content().string(not(containsString("Emma Brown"))))
                    .andExpect(content().string(not(containsString("Amelia"))))
                    .andExpect(content().string(not(containsString("Mrs Jones steals"))))
                    .andExpect(content().string(not(containsString("/screenshot"))))
                    .andExpect(content().string(not(containsString("/documents/"))));
            }
            mvc.perform(get("/incidents/" + id).with(user(governorOrClerk)))
                .andExpect(content().string(containsString("FB-REPORT-5521")))
                .andExpect(content().string(containsString("Waiting for the comment to be taken down")));
            mvc.perform(get("/incidents/" + id + "/screenshot").with(user(governorOrClerk))).andExpect(status().isForbidden());
            mvc.perform(get("/incidents/" + id + "/documents/" + letter).with(user(governorOrClerk)))
                .andExpect(status().isForbidden());
        }

        for (String page : List.of("/incidents", "/incidents/" + id, "/")) {
            mvc.perform(get(page).with(user("dmensah"))).andExpect(content().string(containsString("Emma Brown")));
        }
        mvc.perform(get("/incidents/" + id).with(user("okowalski")))
            .andExpect(content().string(containsString("Mrs Jones steals")))
            .andExpect(content().string(containsString("Letter asking for the comment to be removed")));
        MvcResult pdf = mvc.perform(get("/incidents/" + id + "/documents/" + letter).with(user("okowalski")))
            .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
            .andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"INC-0001-removal-request")))
            .andReturn();
        assertThat(org.policydesk.documents.PdfText.text(pdf.getResponse().getContentAsByteArray())).contains("Emma Brown");
    }

    @Test
    void onlyTheReporterAndTheRegistersReadersSeeAnIncident() throws Exception {
        long id = reportedDefamatoryPost();

        mvc.perform(get("/incidents/" + id).with(user("tbaker"))).andExpect(status().isForbidden());
        mvc.perform(get("/incidents").with(user("tbaker"))).andExpect(status().isForbidden());
        mvc.perform(get("/incidents/" + id + "/screenshot").with(user("tbaker"))).andExpect(status().isForbidden());
        mvc.perform(get("/incidents/" + id).with(user("sjones")))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Triage the reported comment")))
            .andExpect(content().string(not(containsString("Mrs Jones steals"))));
        mvc.perform(get("/").with(user("sjones")))
            .andExpect(content().string(containsString("Comments you reported")))
            .andExpect(content().string(containsString("INC-0001")));
        mvc.perform(get("/").with(user("tbaker")))
            .andExpect(content().string(not(containsString("INC-0001"))));
    }

    private MockMultipartHttpServletRequestBuilder report(String userId, MockMultipartFile screenshot) {
        MockMultipartHttpServletRequestBuilder request = multipart("/incidents/report");
        if (screenshot != null) {
            request.file(screenshot);
        }
        request.with(user(userId)).with(csrf()).param("platform", "Facebook").param("content", DEFAMATORY_POST)
            .param("posterDescription", "Emma B (Amelia's mum)")
            .param("posterPersonId", String.valueOf(parent("Emma Brown").id()));
        return request;
    }

    private long reportedDefamatoryPost() {
        return incidents.report(actor("sjones"), ReportedComment.of("Facebook", DEFAMATORY_POST)
            .postedBy("Emma B (Amelia's mum)", parent("Emma Brown").id()), new Upload("post.png", PNG));
    }

    private Person parent(String name) {
        return people.ofKind("keston", org.policydesk.people.PersonKind.PARENT).stream()
            .filter(person -> person.fullName().equals(name)).findFirst().orElseThrow();
    }

    private void assertNothingReported() throws IOException {
        assertThat(incidents.register("keston")).isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isZero();
        Path folder = output.root().resolve("incidents");
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                assertThat(files.filter(Files::isRegularFile)).isEmpty();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<FormError> errorsOf(MvcResult refused) {
        return (List<FormError>) refused.getFlashMap().get("formErrors");
    }

    private static byte[] bytes(byte[] start, int length) {
        byte[] content = Arrays.copyOf(start, Math.max(length, start.length));
        for (int i = start.length; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }
        return content;
    }
}
