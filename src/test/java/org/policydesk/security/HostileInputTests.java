package org.policydesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.policydesk.WebTestSupport;
import org.policydesk.documents.OutputStore;
import org.policydesk.escalation.EscalationProcess;
import org.policydesk.escalation.IncidentService;
import org.policydesk.escalation.ReportedComment;
import org.policydesk.officialuse.OfficialUseProcess;
import org.policydesk.officialuse.OfficialUseService;
import org.policydesk.web.FormError;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Hostile form fields and addresses against the whole application: each is refused in plain
 * English, or stored and shown exactly as typed, and a refusal changes no row and no file.
 */
class HostileInputTests extends WebTestSupport {

    static final String SCRIPT = "<script>alert('x')</script>";
    static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";
    static final String SQL = "O'Brien'; drop table people_person;--";
    static final String LONG = "a".repeat(10_000);

    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired OutputStore output;
    @Autowired IncidentService incidents;
    @Autowired OfficialUseService officialUse;

    // ---- CSRF ------------------------------------------------------------------------------------

    /**
     * Every POST the application maps, found from Spring MVC itself so that a new form cannot be
     * forgotten, plus signing in and out (Spring Security's own): without the token, 403 and no change.
     */
    @Test
    void everyFormPostWithoutItsCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        long incident = incidents.report(actor("sjones"), ReportedComment.of("Facebook", "A post"));
        String taskId = openTask(EscalationProcess.TASK_TRIAGE, incident).getId();
        List<String> posts = new ArrayList<>(List.of("/sign-in", "/sign-out"));
        mappings.getHandlerMethods().keySet().stream()
            .filter(info -> info.getMethodsCondition().getMethods().contains(RequestMethod.POST))
            .flatMap(info -> info.getPatternValues().stream())
            .map(pattern -> pattern.replaceAll("\\{taskId}", taskId).replaceAll("\\{[^}]+}", "1"))
            .forEach(posts::add);
        assertThat(posts).as("the application's forms").hasSizeGreaterThan(40)
            .contains("/incidents/report", "/admin/school/logo", "/profile", "/incidents/tasks/triage/" + taskId);

        Snapshot before = Snapshot.of(jdbc, output.root());
        for (String userId : List.of("itadmin", "hellis")) {
            // A session that has been given its token, as a browser's has after opening any page.
            MockHttpSession session = new MockHttpSession();
            mvc.perform(get("/").with(user(userId)).session(session));
            for (String url : new TreeSet<>(posts)) {
                assertThat(mvc.perform(post(url).with(user(userId)).session(session).param("reason", "no token")
                    .param("purpose", "x")).andReturn().getResponse().getStatus())
                    .as("POST " + url + " by " + userId + " without a token").isEqualTo(403);
                assertThat(mvc.perform(post(url).with(user(userId)).session(session).with(csrf().useInvalidToken())
                    .param("reason", "forged")).andReturn().getResponse().getStatus())
                    .as("POST " + url + " with a forged token").isEqualTo(403);
                // Without a session there is no token to compare with: back to sign in, as after a time-out.
                assertThat(mvc.perform(post(url).with(user(userId)).param("reason", "no session")).andReturn()
                    .getResponse().getRedirectedUrl()).as("POST " + url + " without a session").isEqualTo("/sign-in?timed-out");
            }
        }
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/incidents/report").with(user("sjones")).session(session));
        assertThat(mvc.perform(multipart("/incidents/report").file(new MockMultipartFile("screenshot", "a.png", "image/png",
            new byte[] {(byte) 0x89, 'P', 'N', 'G'})).with(user("sjones")).session(session).param("platform", "X")
            .param("content", "y")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(Snapshot.of(jdbc, output.root())).isEqualTo(before);
    }

    // ---- Unknown and ill-typed values ------------------------------------------------------------

    @Test
    void unknownChoicesAndIllTypedIdsInAddressesGetAPlainPageNotAFault() throws Exception {
        Snapshot before = Snapshot.of(jdbc, output.root());
        long lastAuditEntry = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("/incidents?category=NOT_A_CATEGORY&status=FOO&path=BAR&from=yesterday", 200);
        expected.put("/incidents/register.xlsx?category=NOT_A_CATEGORY", 404);
        expected.put("/incidents/register.pdf?status=FOO", 404);
        expected.put("/registers/FOO.xlsx", 404);
        expected.put("/registers/handovers.exe", 404);
        expected.put("/registers/handovers.xlsx?status=FOO&reason=BAR", 200);
        expected.put("/handovers?status=FOO&reason=BAR", 200);
        expected.put("/accounts?status=FOO", 200);
        expected.put("/acknowledgements?subject=FOO&state=BAR", 200);
        expected.put("/governors?term=FOO", 404);
        expected.put("/governors/report.pdf?term=winter-1066", 404);
        expected.put("/tasks?tab=FOO", 200);
        expected.put("/incidents/tasks/FOO/1", 404);
        expected.put("/admin/people/abc", 404);
        expected.put("/official-users/abc", 404);
        expected.put("/acknowledgements/99999999999999999999", 404);
        for (var request : expected.entrySet()) {
            String userId = request.getKey().startsWith("/admin") ? "itadmin" : "hellis";
            MvcResult result = mvc.perform(get(request.getKey()).with(user(userId))).andReturn();
            assertThat(result.getResponse().getStatus()).as(request.getKey()).isEqualTo(request.getValue());
            assertPlainEnglish(request.getKey(), result);
        }
        assertThat(mvc.perform(get("/incidents?category=NOT_A_CATEGORY").with(user("hellis"))).andReturn()
            .getResponse().getContentAsString()).contains("Choose a category from the list");
        // The one download that succeeded (an unknown filter shows the whole register) is an export,
        // and exports are audited: that entry is the only change.
        Snapshot after = Snapshot.of(jdbc, output.root());
        assertThat(jdbc.sql("select action from audit_entry where id > ? order by id").param(lastAuditEntry)
            .query(String.class).list()).containsExactly("register-exported");
        Map<String, Long> rowsBesideTheExport = new LinkedHashMap<>(after.rows());
        rowsBesideTheExport.merge("AUDIT_ENTRY", -1L, Long::sum);
        assertThat(new Snapshot(rowsBesideTheExport, after.files())).isEqualTo(before);
    }

    @Test
    void unknownChoicesInFormsAreFormErrorsInWordsAndChangeNothing() throws Exception {
        Snapshot before = Snapshot.of(jdbc, output.root());
        assertRefusedInWords(form("itadmin", "/admin/people/new").param("firstName", "Ann").param("lastName", "Lee")
            .param("userId", "alee").param("email", "alee@example.org").param("kind", "NOT_A_KIND")
            .param("roleTitle", "Teacher").param("password", "a long enough password"), "kind", "'NOT_A_KIND' is not one of the choices for kind");
        assertRefusedInWords(form("hellis", "/handovers/leaving").param("personId", "abc").param("reason", "Left"),
            "personId", "'abc' is not one of the choices for person");
        assertRefusedInWords(form("sjones", "/profile").param("mode", "FOO"), null, "Choose how PolicyDesk should email you");
        MvcResult wrongId = mvc.perform(form("itadmin", "/admin/people/abc/disable").param("reason", "x")).andReturn();
        assertThat(wrongId.getResponse().getStatus()).isEqualTo(404);
        assertPlainEnglish("/admin/people/abc/disable", wrongId);

        long incident = incidents.report(actor("sjones"), ReportedComment.of("Facebook", "A post"));
        Snapshot reported = Snapshot.of(jdbc, output.root());
        String triage = "/incidents/tasks/triage/" + openTask(EscalationProcess.TASK_TRIAGE, incident).getId();
        assertRefusedInWords(form("dmensah", triage).param("whoPosted", "NOT_A_POSTER").param("whatItIs", "NOT_A_CATEGORY"),
            null, "");
        assertThat(Snapshot.of(jdbc, output.root())).isEqualTo(reported);
        assertThat(before.rows()).isNotEqualTo(reported.rows());
    }

    // ---- Forged task ids -------------------------------------------------------------------------

    @Test
    void forgedTaskIdsAreRefusedAndChangeNothing() throws Exception {
        long incident = incidents.report(actor("sjones"), ReportedComment.of("Facebook", "A post"));
        Task triage = openTask(EscalationProcess.TASK_TRIAGE, incident);
        long request = officialUse.request(actor("sjones"), person("sjones").id(), "Class news");
        Task decide = openTask(OfficialUseProcess.TASK_DECIDE, request);
        Snapshot before = Snapshot.of(jdbc, output.root());

        // A task that does not exist, and one of another process posted to this form: 409, "already completed or withdrawn".
        for (String taskId : List.of("no-such-task", "1' or '1'='1")) {
            MvcResult forged = mvc.perform(form("dmensah", "/incidents/tasks/triage/" + taskId)
                .param("whoPosted", "PARENT").param("whatItIs", "DEFAMATORY")).andReturn();
            assertThat(forged.getResponse().getStatus()).as(taskId).isEqualTo(409);
            assertThat(forged.getResponse().getContentAsString()).contains("already been completed or withdrawn");
        }
        // A task of another process posted to this form: the form again, saying what the task is.
        MvcResult otherProcess = mvc.perform(form("hellis", "/incidents/tasks/triage/" + decide.getId())
            .param("whoPosted", "PARENT").param("whatItIs", "DEFAMATORY")).andReturn();
        assertThat(errorsOf(otherProcess)).extracting(FormError::message).singleElement().asString()
            .endsWith("task, not the one this form records.");
        assertThat(mvc.perform(get("/incidents/tasks/triage/" + decide.getId()).with(user("hellis"))).andReturn()
            .getResponse().getStatus()).isEqualTo(404);
        assertThat(Snapshot.of(jdbc, output.root())).isEqualTo(before);
        // Someone else's task: the deputy cannot decide what only the Head Teacher decides.
        MvcResult notTheirs = mvc.perform(form("dmensah", "/official-use/decide/" + decide.getId())
            .param("approve", "true").param("reason", "Fine")).andReturn();
        assertThat(notTheirs.getResponse().getStatus()).isEqualTo(403);
        assertPlainEnglish("decide by the deputy", notTheirs);
        // A task the Head Teacher claimed is not the deputy's to complete, nor to hand back.
        taskService.claim(triage.getId(), "hellis");
        before = Snapshot.of(jdbc, output.root());
        assertThat(mvc.perform(form("dmensah", "/incidents/tasks/triage/" + triage.getId())
            .param("whoPosted", "PARENT").param("whatItIs", "DEFAMATORY")).andReturn().getResponse().getStatus()).isIn(403, 409);
        assertThat(mvc.perform(form("dmensah", "/tasks/" + triage.getId() + "/hand-back")).andReturn().getResponse().getStatus())
            .isIn(403, 409);
        assertThat(Snapshot.of(jdbc, output.root())).isEqualTo(before);
        assertThat(taskService.createTaskQuery().taskId(triage.getId()).singleResult().getAssignee()).isEqualTo("hellis");

        // A completed task cannot be completed again.
        mvc.perform(form("hellis", "/incidents/tasks/triage/" + triage.getId()).param("whoPosted", "PARENT")
            .param("whatItIs", "PRAISE"));
        assertThat(openTask(EscalationProcess.TASK_TRIAGE, incident)).isNull();
        Snapshot done = Snapshot.of(jdbc, output.root());
        List<String> trail = auditActions(EscalationProcess.RECORD_TYPE, incident);
        MvcResult again = mvc.perform(form("hellis", "/incidents/tasks/triage/" + triage.getId())
            .param("whoPosted", "PUPIL").param("whatItIs", "DEFAMATORY")).andReturn();
        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat(again.getResponse().getContentAsString()).contains("already been completed");
        assertThat(Snapshot.of(jdbc, output.root())).isEqualTo(done);
        assertThat(auditActions(EscalationProcess.RECORD_TYPE, incident)).isEqualTo(trail);
    }

    // ---- Documents of another record or school -----------------------------------------------------

    /**
     * A download names a record and a document id; the file comes only from the documents issued
     * for that record, of the person's own school, and only from inside the output folder, even if
     * a row in the database were made to point elsewhere.
     */
    @Test
    void aDocumentOfAnotherRecordOrSchoolOrOutsideTheOutputFolderIsNeverServed() throws Exception {
        long incident = incidents.report(actor("sjones"), ReportedComment.of("Facebook", "A post"));
        java.nio.file.Files.createDirectories(output.root().resolve("handovers/keston/1"));
        java.nio.file.Files.write(output.root().resolve("handovers/keston/1/certificate.pdf"), "%PDF-1.4 handover".getBytes());
        long handoverDocument = issue("handover", 1, "handovers/keston/1/certificate.pdf");
        long climbing = issue(EscalationProcess.RECORD_TYPE, incident, "../../../pom.xml");
        long absolute = issue(EscalationProcess.RECORD_TYPE, incident, "/etc/passwd");

        for (long document : List.of(handoverDocument, climbing, absolute)) {
            MvcResult refused = mvc.perform(get("/incidents/" + incident + "/documents/" + document).with(user("hellis"))).andReturn();
            assertThat(refused.getResponse().getStatus()).as("document " + document).isEqualTo(404);
            assertThat(refused.getResponse().getContentAsString()).doesNotContain("%PDF", "<project", "root:")
                .contains("We cannot show this page");
        }
        assertThat(mvc.perform(get("/handovers/1/documents/" + handoverDocument).with(user("hellis"))).andReturn()
            .getResponse().getStatus()).as("no handover 1 exists").isEqualTo(404);

        jdbc.sql("insert into school (id, name, address, policy_agreed, policy_review_date, created_at) "
            + "values ('other', 'Other School', '1 Road', 'Autumn 2020', date '2030-01-01', current_timestamp)").update();
        jdbc.sql("update escalation_incident set school_id = 'other' where id = ?").param(incident).update();
        long otherSchools = issue(EscalationProcess.RECORD_TYPE, incident, "handovers/keston/1/certificate.pdf");
        for (String url : List.of("/incidents/" + incident, "/incidents/" + incident + "/documents/" + otherSchools,
                "/incidents/" + incident + "/screenshot")) {
            MvcResult refused = mvc.perform(get(url).with(user("hellis"))).andReturn();
            assertThat(refused.getResponse().getStatus()).as(url).isIn(403, 404);
            assertThat(refused.getResponse().getContentAsString()).as(url).doesNotContain("%PDF", "A post");
        }
    }

    private long issue(String recordType, long recordId, String name) {
        jdbc.sql("insert into documents_issued (school_id, record_type, record_id, kind, name, issued_by, issued_at) "
            + "values ('keston', ?, ?, 'letter', ?, 'hellis', current_timestamp)")
            .params(recordType, String.valueOf(recordId), name).update();
        return jdbc.sql("select max(id) from documents_issued").query(Long.class).single();
    }

    // ---- Over-long fields ------------------------------------------------------------------------

    @Test
    void tenThousandCharactersInAnyTextFieldAreRefusedNamingTheFieldAndChangeNothing() throws Exception {
        long sjones = person("sjones").id();
        long request = officialUse.request(actor("tbaker"), person("tbaker").id(), "Class news");
        String decide = "/official-use/decide/" + openTask(OfficialUseProcess.TASK_DECIDE, request).getId();
        long accountsRequest = officialUse.request(actor("sjones"), sjones, "Class news");
        officialUse.decide(actor("hellis"), openTask(OfficialUseProcess.TASK_DECIDE, accountsRequest).getId(), true, "Agreed");
        String accounts = "/official-use/accounts/" + openTask(OfficialUseProcess.TASK_RECORD_ACCOUNTS, accountsRequest).getId();
        List<LongField> cases = List.of(
            new LongField("sjones", accounts, Map.of("rows[0].platform", "Instagram", "rows[0].handle", "@keston",
                "rows[0].loginId", "keston", "rows[0].password", "Correct-Horse-42"),
                List.of("rows[0].platform", "rows[0].handle", "rows[0].loginId", "rows[0].password")),
            new LongField("sjones", "/incidents/report", Map.of("platform", "Facebook", "content", "A post"),
                List.of("platform", "link", "posterDescription", "content")),
            new LongField("zadams", "/official-use/request", Map.of("purpose", "Class news"), List.of("purpose")),
            new LongField(null, decide, Map.of("approve", "true", "reason", "Fine"), List.of("reason")),
            new LongField("itadmin", "/admin/people/new", Map.of("firstName", "Ann", "lastName", "Lee", "userId", "alee",
                "email", "alee@example.org", "kind", "EMPLOYEE", "roleTitle", "Teacher", "password", "a long enough password",
                "group-staff", "true"), List.of("firstName", "lastName", "userId", "email", "roleTitle", "password")),
            new LongField("itadmin", "/admin/school", Map.of("name", "Keston", "address", "1 Road", "policyAgreed", "Autumn 2017",
                "reviewDay", "1", "reviewMonth", "9", "reviewYear", "2027"), List.of("name", "address", "policyAgreed")),
            new LongField("itadmin", "/admin/absences", Map.of("deputy", "dmensah", "startsDay", "1", "startsMonth", "9",
                "startsYear", "2030", "endsDay", "2", "endsMonth", "9", "endsYear", "2030", "reason", "Course"), List.of("reason")),
            new LongField("itadmin", "/admin/people/" + sjones, Map.of("group-staff", "true", "group-office", "true", "reason", "Change"), List.of("reason")),
            new LongField("itadmin", "/admin/people/" + sjones + "/disable", Map.of("reason", "Left"), List.of("reason")),
            new LongField("hellis", "/acknowledgements/guidance", Map.of("label", "Autumn", "summary", "Rules"),
                List.of("label", "summary")),
            new LongField("hellis", "/handovers/leaving", Map.of("personId", String.valueOf(sjones), "reason", "Left"),
                List.of("reason")));
        List<String> failures = new ArrayList<>();
        for (LongField form : cases) {
            for (String field : form.fields()) {
                Snapshot before = Snapshot.of(jdbc, output.root());
                MockHttpServletRequestBuilder request1 = form(form.userId() == null ? "hellis" : form.userId(), form.url());
                form.valid().forEach((name, value) -> request1.param(name, name.equals(field) ? longValue(field) : value));
                if (!form.valid().containsKey(field)) {
                    request1.param(field, longValue(field));
                }
                MvcResult result = mvc.perform(request1).andReturn();
                List<FormError> errors = errorsOf(result);
                String what = form.url() + " " + field + " -> " + result.getResponse().getStatus() + " " + errors
                    + (result.getResolvedException() == null ? "" : " " + result.getResolvedException().getClass().getSimpleName());
                // The refusal names the field: as the error's field (the page links it), or in its words.
                boolean refused = result.getResponse().getStatus() == 302 && form.url().equals(result.getResponse().getRedirectedUrl())
                    && errors.size() == 1 && errors.get(0).message().matches(".*(characters or fewer|to \\d+ characters|\\d+ lower-case|email address).*")
                    && (field.equals(errors.get(0).field()) || errors.get(0).field() == null);
                if (!refused || !Snapshot.of(jdbc, output.root()).equals(before)) {
                    failures.add(what);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /**
     * Should a length check ever be missing, text longer than its column is still refused in words
     * and nothing is saved. Here the column is made narrower than the check for the test's length.
     */
    @Test
    void textLongerThanItsColumnIsRefusedInWordsEvenWithoutALengthCheck() throws Exception {
        jdbc.sql("alter table people_person alter column role_title set data type varchar(40)").update();
        try {
            Snapshot before = Snapshot.of(jdbc, output.root());
            MvcResult refused = mvc.perform(form("itadmin", "/admin/people/new").param("firstName", "Ann")
                .param("lastName", "Lee").param("userId", "alee").param("email", "alee@example.org")
                .param("kind", "EMPLOYEE").param("roleTitle", "Assistant Head Teacher for Inclusion and Pastoral Care")
                .param("group-staff", "true").param("password", "a long enough password")).andReturn();
            assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/admin/people/new");
            assertThat(errorsOf(refused)).extracting(FormError::message).containsExactly("Something you typed is longer "
                + "than PolicyDesk can keep. Shorten the longest text and send the form again; nothing was saved.");
            assertThat(Snapshot.of(jdbc, output.root())).isEqualTo(before);
            assertThat(identityService.createUserQuery().userId("alee").count()).isZero();
        } finally {
            jdbc.sql("alter table people_person alter column role_title set data type varchar(100)").update();
        }
    }

    /** The form allows 2,000 characters for what official use is for; the register keeps them all. */
    @Test
    void aPurposeLongerThanTheOldColumnButWithinTheFormsLimitIsKeptWhole() throws Exception {
        String purpose = "Class news and photographs of trips. ".repeat(50).strip();
        assertThat(purpose.length()).isBetween(1_001, 2_000);
        mvc.perform(form("zadams", "/official-use/request").param("purpose", purpose));
        assertThat(jdbc.sql("select purpose from officialuse_official_user where person_id = ?").param(person("zadams").id())
            .query(String.class).single()).isEqualTo(purpose);
    }

    record LongField(String userId, String url, Map<String, String> valid, List<String> fields) {
    }

    private static String longValue(String field) {
        return switch (field) {
            case "link" -> "https://example.org/" + LONG;
            case "email" -> LONG + "@example.org";
            case "userId" -> LONG;
            default -> LONG;
        };
    }

    // ---- HTML and script -------------------------------------------------------------------------

    @Test
    void scriptTypedIntoFreeTextIsShownAsTextOnEveryPageAndInDocuments() throws Exception {
        mvc.perform(form("itadmin", "/admin/people/new").param("firstName", SCRIPT).param("lastName", "Evans")
            .param("userId", "eevans").param("email", "eevans@example.org").param("kind", "EMPLOYEE")
            .param("roleTitle", SCRIPT).param("password", "a long enough password").param("group-staff", "true"));
        long evans = person("eevans").id();
        mvc.perform(form("itadmin", "/admin/school").param("name", SCRIPT + " School").param("address", SCRIPT)
            .param("policyAgreed", "Autumn 2017").param("reviewDay", "1").param("reviewMonth", "9").param("reviewYear", "2027"));
        mvc.perform(multipart("/incidents/report").with(user("sjones")).with(csrf()).param("platform", SCRIPT)
            .param("content", SCRIPT).param("posterDescription", SCRIPT));
        mvc.perform(form("sjones", "/official-use/request").param("purpose", SCRIPT));
        long request = jdbc.sql("select max(id) from officialuse_official_user").query(Long.class).single();
        assertThat(jdbc.sql("select content from escalation_incident").query(String.class).single()).isEqualTo(SCRIPT);
        assertThat(people.findByUserId("eevans").orElseThrow().fullName()).startsWith(SCRIPT);

        jdbc.sql("update accounts_account set handle = ?, platform = ?").params(SCRIPT, SCRIPT).update();
        long account = jdbc.sql("select min(id) from accounts_account").query(Long.class).single();

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/accounts", "hellis");
        pages.put("/accounts/" + account, "hellis");
        pages.put("/admin/people", "itadmin");
        pages.put("/admin/people/" + evans, "itadmin");
        pages.put("/admin/school", "itadmin");
        pages.put("/incidents/1", "hellis");
        pages.put("/incidents", "hellis");
        pages.put("/official-users/" + request, "hellis");
        pages.put("/official-use/decide/" + openTask(OfficialUseProcess.TASK_DECIDE, request).getId(), "hellis");
        pages.put("/incidents/tasks/triage/" + openTask(EscalationProcess.TASK_TRIAGE, 1).getId(), "hellis");
        pages.put("/tasks?tab=group", "hellis");
        pages.put("/", "hellis");
        for (var page : pages.entrySet()) {
            String html = mvc.perform(get(page.getKey()).with(user(page.getValue()))).andReturn().getResponse().getContentAsString();
            assertThat(html).as(page.getKey()).doesNotContain("<script");
            if (!page.getKey().startsWith("/tasks") && !page.getKey().equals("/")) {
                assertThat(html).as(page.getKey()).contains("&lt;script&gt;");
            }
        }

        for (String pdf : List.of("/registers/official-users.pdf", "/incidents/register.pdf", "/registers/accounts.pdf")) {
            byte[] bytes = mvc.perform(get(pdf).with(user("hellis"))).andReturn().getResponse().getContentAsByteArray();
            try (var document = Loader.loadPDF(bytes)) {
                assertThat(new PDFTextStripper().getText(document)).as(pdf).contains("<script>alert('x')</script>");
            }
        }
    }

    /** Pages and documents escape by their file type (.ftlh); nothing switches escaping off. */
    @Test
    void everyPageAndDocumentTemplateEscapesWhatItPrints() throws java.io.IOException {
        List<java.nio.file.Path> templates = new ArrayList<>();
        for (String folder : List.of("src/main/resources/views", "templates")) {
            try (var files = java.nio.file.Files.walk(java.nio.file.Path.of(folder))) {
                files.filter(java.nio.file.Files::isRegularFile).filter(file -> !file.toString().matches(".*\\.(png|jpe?g|css|ttf|otf|woff2?|md|txt)$"))
                    .forEach(templates::add);
            }
        }
        assertThat(templates).hasSizeGreaterThan(50).allSatisfy(template -> {
            assertThat(template.toString()).endsWith(".ftlh");
            assertThat(java.nio.file.Files.readString(template)).doesNotContain("?no_esc", "noautoesc", "noAutoEsc");
        });
    }

    // ---- SQL metacharacters ----------------------------------------------------------------------

    @Test
    void sqlMetacharactersAreStoredAndShownLiterallyAndEveryTableStays() throws Exception {
        List<String> tables = tables();
        for (String url : List.of("/accounts?platform=", "/accounts?status=", "/incidents?status=", "/incidents?from=",
                "/handovers?status=", "/acknowledgements?subject=", "/registers/accounts.xlsx?platform=",
                "/registers/handovers.pdf?reason=", "/tasks?tab=", "/governors?term=")) {
            int status = mvc.perform(get(url + SQL).with(user("hellis"))).andReturn().getResponse().getStatus();
            assertThat(status).as(url).isIn(200, 404);
        }
        mvc.perform(form("itadmin", "/admin/people/new").param("firstName", "Sean").param("lastName", SQL)
            .param("userId", "sobrien2").param("email", "sob@example.org").param("kind", "EMPLOYEE")
            .param("roleTitle", SQL).param("password", "a long enough password").param("group-staff", "true"));
        mvc.perform(multipart("/incidents/report").with(user("sjones")).with(csrf()).param("platform", SQL).param("content", SQL));

        assertThat(tables()).isEqualTo(tables);
        assertThat(people.findByUserId("sobrien2").orElseThrow().fullName()).isEqualTo("Sean " + SQL);
        assertThat(jdbc.sql("select platform || '|' || content from escalation_incident").query(String.class).single())
            .isEqualTo(SQL + "|" + SQL);
        String escaped = "O&#39;Brien&#39;; drop table people_person;--";
        assertThat(mvc.perform(get("/incidents/1").with(user("hellis"))).andReturn().getResponse().getContentAsString())
            .contains(escaped);
        assertThat(mvc.perform(get("/admin/people").with(user("itadmin"))).andReturn().getResponse().getContentAsString())
            .contains(escaped);
        assertThat(people.findByUserId("hellis")).isPresent();
    }

    private List<String> tables() {
        return jdbc.sql("select table_name from information_schema.tables where table_schema = 'PUBLIC' order by 1")
            .query(String.class).list();
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static MockHttpServletRequestBuilder form(String userId, String url) {
        return post(url).with(user(userId)).with(csrf());
    }

    private void assertRefusedInWords(MockHttpServletRequestBuilder request, String field, String message) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        List<FormError> errors = errorsOf(result);
        assertThat(errors).isNotEmpty();
        assertThat(errors).allSatisfy(error -> assertThat(error.message()).doesNotContain("Failed to convert", "java.", "Exception"));
        if (field != null) {
            assertThat(errors).anySatisfy(error -> assertThat(error.field()).isEqualTo(field));
        }
        assertThat(errors).anySatisfy(error -> assertThat(error.message()).contains(message));
    }

    private static void assertPlainEnglish(String what, MvcResult result) throws Exception {
        String body = result.getResponse().getContentAsString();
        assertThat(body).as(what).doesNotContain("Failed to convert", "java.lang", "Exception", "For input string", "at org.");
        if (result.getResponse().getStatus() >= 400 && !body.isEmpty()) {
            assertThat(body).as(what).contains("govuk-heading-l");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<FormError> errorsOf(MvcResult result) {
        Object errors = result.getFlashMap().get("formErrors");
        return errors == null ? List.of() : (List<FormError>) errors;
    }
}
