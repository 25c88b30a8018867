package org.policydesk.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policydesk.WebTestSupport;
import org.policydesk.audit.AuditEntry;
import org.policydesk.documents.Letterheads;
import org.policydesk.officialuse.OfficialUseProcess;
import org.policydesk.officialuse.OfficialUseService;
import org.policydesk.school.HeadTeacherAbsences;
import org.policydesk.school.Schools;
import org.policydesk.workflow.Groups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The administration pages over MockMvc: only the admin group gets in (a crafted form from anyone
 * else is refused and changes nothing), and each change reaches the identity store, the registers
 * and the audit trail. The templates folder is a copy, so logo uploads never touch the real one.
 */
@ExtendWith(OutputCaptureExtension.class)
class AdminWebTests extends WebTestSupport {

    private static final String PASSWORD = "Correct-Horse-42";
    private static final Path TEMPLATES = copyOfTheTemplates();

    @DynamicPropertySource
    static void templatesCopy(DynamicPropertyRegistry registry) {
        registry.add("policydesk.documents.templates-dir", TEMPLATES::toString);
    }

    @Autowired Schools schools;
    @Autowired Letterheads letterheads;
    @Autowired HeadTeacherAbsences absences;
    @Autowired OfficialUseService officialUse;
    @Autowired ManagementService managementService;

    private MockHttpServletRequestBuilder form(String url, String userId) {
        return post(url).with(user(userId)).with(csrf());
    }

    private MockHttpServletRequestBuilder newPerson(String signedIn, String password) {
        return newPerson(signedIn, "rdiaz", password);
    }

    private MockHttpServletRequestBuilder newPerson(String signedIn, String userId, String password) {
        return form("/admin/people/new", signedIn).param("firstName", "Rosa").param("lastName", "Diaz")
            .param("kind", "EMPLOYEE").param("roleTitle", "Year 3 Class Teacher").param("email", "rdiaz@keston.example.org")
            .param("userId", userId).param("group-staff", "true").param("password", password);
    }

    @Test
    void everyAdministrationPageIsForbiddenToSomeoneOutsideTheAdminGroup() throws Exception {
        long dmensah = person("dmensah").id();
        for (String page : List.of("/admin", "/admin/people", "/admin/people/new", "/admin/people/" + dmensah,
                "/admin/people/" + dmensah + "/disable", "/admin/school", "/admin/school/logo", "/admin/school/logo.png",
                "/admin/deadlines", "/admin/absences")) {
            mvc.perform(get(page).with(user("hellis"))).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Only an administrator may")));
        }
        mvc.perform(get("/").with(user("hellis"))).andExpect(content().string(not(containsString("href=\"/admin\""))));
        mvc.perform(get("/").with(user("itadmin"))).andExpect(content().string(containsString("href=\"/admin\"")));
    }

    @Test
    void craftedAdministrationFormsFromAHeadTeacherAreRefusedAndChangeNothing() throws Exception {
        long dmensah = person("dmensah").id();
        long tbaker = person("tbaker").id();
        var before = schools.find("keston").orElseThrow();
        int entriesBefore = audit.entriesBy("hellis").size();

        mvc.perform(newPerson("hellis", PASSWORD)).andExpect(status().isForbidden());
        mvc.perform(form("/admin/people/" + dmensah, "hellis").param("group-admin", "true").param("group-staff", "true"))
            .andExpect(status().isForbidden());
        mvc.perform(form("/admin/people/" + tbaker + "/disable", "hellis").param("reason", "Left"))
            .andExpect(status().isForbidden());
        mvc.perform(form("/admin/school", "hellis").param("name", "Hacked").param("address", "Nowhere")
            .param("policyAgreed", "Never").param("reviewDay", "1").param("reviewMonth", "1").param("reviewYear", "2030"))
            .andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/school/logo").file(new MockMultipartFile("logo", "logo.png", "image/png",
            SchoolLogosTests.image("png", 20, 20))).with(user("hellis")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(form("/admin/deadlines", "hellis").param("approval", "30")).andExpect(status().isForbidden());
        mvc.perform(form("/admin/absences", "hellis").param("deputy", "dmensah").param("startsDay", dayOf(LocalDate.now()))
            .param("startsMonth", monthOf(LocalDate.now())).param("startsYear", yearOf(LocalDate.now())).param("reason", "Leave"))
            .andExpect(status().isForbidden());

        assertThat(identityService.createUserQuery().userId("rdiaz").count()).isZero();
        assertThat(groupsOf("dmensah")).containsExactlyInAnyOrder(Groups.DEPUTY_HEAD, Groups.LEADERSHIP_TEAM, Groups.STAFF);
        assertThat(identityService.checkPassword("tbaker", "keston-demo")).isTrue();
        assertThat(schools.find("keston").orElseThrow()).isEqualTo(before);
        assertThat(Files.exists(TEMPLATES.resolve("_layout/logo-keston.png"))).isFalse();
        assertThat(jdbc.sql("select count(*) from school_deadline").query(Integer.class).single()).isZero();
        assertThat(absences.all("keston")).isEmpty();
        assertThat(audit.entriesBy("hellis")).hasSize(entriesBefore);
    }

    @Test
    void anAdministratorAddsAnEmployeeWhoCanThenSignInAndThePasswordIsNeverShownOrLogged(CapturedOutput output)
            throws Exception {
        MvcResult added = mvc.perform(newPerson("itadmin", PASSWORD))
            .andExpect(flash().attribute("notice", "Rosa Diaz can now sign in as rdiaz. Give them their first password in person."))
            .andReturn();

        var rosa = person("rdiaz");
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/admin/people/" + rosa.id());
        assertThat(rosa.fullName()).isEqualTo("Rosa Diaz");
        assertThat(rosa.roleTitle()).isEqualTo("Year 3 Class Teacher");
        assertThat(rosa.schoolId()).isEqualTo("keston");
        assertThat(actor("rdiaz").groups()).containsExactly(Groups.STAFF);
        assertThat(identityService.checkPassword("rdiaz", PASSWORD)).isTrue();
        mvc.perform(formLogin("/sign-in").user("rdiaz").password(PASSWORD)).andExpect(authenticated().withUsername("rdiaz"));

        List<AuditEntry> trail = audit.entriesFor("person", rosa.id());
        assertThat(trail).extracting(AuditEntry::action).containsExactly("sign-in-created");
        assertThat(trail.get(0).actor()).isEqualTo("itadmin");
        assertThat(trail.get(0).detail()).contains("rdiaz", "staff").doesNotContain(PASSWORD);
        String page = mvc.perform(get("/admin/people/" + rosa.id()).with(user("itadmin")).flashAttrs(added.getFlashMap()))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Rosa Diaz", "Sign-in created").doesNotContain(PASSWORD);
        assertThat(output.getAll()).doesNotContain(PASSWORD);
    }

    @Test
    void aShortPasswordIsRefusedWithoutSendingItBackAndAddsNobody() throws Exception {
        MvcResult refused = mvc.perform(newPerson("itadmin", "Short-pass1"))
            .andExpect(redirectedUrl("/admin/people/new")).andReturn();

        @SuppressWarnings("unchecked")
        Map<String, String> typed = (Map<String, String>) refused.getFlashMap().get("formValues");
        assertThat(typed).containsEntry("userId", "rdiaz").containsEntry("group-staff", "true").doesNotContainKey("password");
        mvc.perform(get("/admin/people/new").with(user("itadmin")).flashAttrs(refused.getFlashMap()))
            .andExpect(content().string(containsString("The first password must have 12 to 200 characters")))
            .andExpect(content().string(not(containsString("Short-pass1"))))
            .andExpect(content().string(containsString("id=\"group-staff\" name=\"group-staff\" type=\"checkbox\" value=\"true\"")));
        assertThat(identityService.createUserQuery().userId("rdiaz").count()).isZero();
        assertThat(people.findByUserId("rdiaz")).isEmpty();
    }

    @Test
    void aTakenSignInNameAndASecondHeadTeacherAreRefused() throws Exception {
        mvc.perform(newPerson("itadmin", "sjones", PASSWORD))
            .andExpect(flash().attribute("formErrors", List.of(new org.policydesk.web.FormError(null,
                "The sign-in name 'sjones' is taken; choose another."))));
        mvc.perform(newPerson("itadmin", PASSWORD).param("group-head-teacher", "true"))
            .andExpect(flash().attribute("formErrors", List.of(new org.policydesk.web.FormError(null,
                "Helen Ellis is in the head-teacher group; a school has one at a time, so take them out of it first."))));

        assertThat(identityService.createUserQuery().userId("rdiaz").count()).isZero();
        assertThat(identityService.createUserQuery().memberOfGroup(Groups.HEAD_TEACHER).list()).extracting("id")
            .containsExactly("hellis");
    }

    @Test
    void changingSomeonesGroupsTakesEffectAtOnceAndIsAudited() throws Exception {
        long sarah = person("sjones").id();

        mvc.perform(form("/admin/people/" + sarah, "itadmin").param("group-staff", "true")
                .param("group-leadership-team", "true").param("reason", "Joined the leadership team"))
            .andExpect(redirectedUrl("/admin/people/" + sarah));

        assertThat(actor("sjones").groups()).containsExactlyInAnyOrder(Groups.STAFF, Groups.LEADERSHIP_TEAM);
        AuditEntry entry = audit.entriesFor("person", sarah).get(0);
        assertThat(entry.action()).isEqualTo("groups-changed");
        assertThat(entry.detail()).isEqualTo("added to leadership-team");
        assertThat(entry.reason()).isEqualTo("Joined the leadership team");
        mvc.perform(get("/admin/people/" + sarah).with(user("itadmin")))
            .andExpect(content().string(containsString("id=\"group-leadership-team\" name=\"group-leadership-team\" type=\"checkbox\" value=\"true\"\n")))
            .andExpect(content().string(containsString("Groups changed")));
    }

    @Test
    void anAdministratorCannotTakeThemselvesOutOfTheAdminGroupOrDisableThemselves() throws Exception {
        long sam = person("itadmin").id();

        mvc.perform(form("/admin/people/" + sam, "itadmin").param("group-staff", "true"))
            .andExpect(redirectedUrl("/admin/people/" + sam));
        mvc.perform(form("/admin/people/" + sam + "/disable", "itadmin").param("reason", "Testing"))
            .andExpect(redirectedUrl("/admin/people/" + sam + "/disable"));

        assertThat(actor("itadmin").groups()).containsExactly(Groups.ADMIN);
        assertThat(audit.entriesFor("person", sam)).isEmpty();
    }

    @Test
    void aDisabledSignInCanNoLongerSignInAndLeavesEveryGroupButThePersonStays() throws Exception {
        long tom = person("tbaker").id();

        mvc.perform(form("/admin/people/" + tom + "/disable", "itadmin").param("reason", "  "))
            .andExpect(redirectedUrl("/admin/people/" + tom + "/disable"));
        assertThat(identityService.checkPassword("tbaker", "keston-demo")).isTrue();

        mvc.perform(form("/admin/people/" + tom + "/disable", "itadmin").param("reason", "Left at Easter"))
            .andExpect(flash().attribute("notice", "Tom Baker's sign-in is disabled. Their records and history stay as they were."));

        assertThat(identityService.checkPassword("tbaker", "keston-demo")).isFalse();
        mvc.perform(formLogin("/sign-in").user("tbaker").password("keston-demo")).andExpect(unauthenticated());
        assertThat(groupsOf("tbaker")).isEmpty();
        assertThat(person("tbaker").fullName()).isEqualTo("Tom Baker");
        assertThat(audit.entriesFor("person", tom)).extracting(AuditEntry::action, AuditEntry::reason)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("sign-in-disabled", "Left at Easter"));
        mvc.perform(get("/admin/people").with(user("itadmin"))).andExpect(content().string(containsString("Disabled")));
        mvc.perform(form("/admin/people/" + tom, "itadmin").param("group-staff", "true"))
            .andExpect(redirectedUrl("/admin/people/" + tom));
        assertThat(groupsOf("tbaker")).isEmpty();
    }

    @Test
    void theSchoolProfileChangesTheLetterheadAndIsAudited() throws Exception {
        mvc.perform(get("/admin/school").with(user("itadmin"))).andExpect(status().isOk())
            .andExpect(content().string(containsString("value=\"Keston Primary School and Nursery\"")))
            .andExpect(content().string(containsString("name=\"reviewYear\" type=\"text\" inputmode=\"numeric\" value=\"2020\"")));

        mvc.perform(form("/admin/school", "itadmin").param("name", "Keston Primary School")
                .param("address", "Lakes Road, Keston, Kent BR2 6BN").param("policyAgreed", "Spring 2026")
                .param("reviewDay", "31").param("reviewMonth", "3").param("reviewYear", "2027"))
            .andExpect(redirectedUrl("/admin/school"));

        var school = schools.find("keston").orElseThrow();
        assertThat(school.name()).isEqualTo("Keston Primary School");
        assertThat(school.policyAgreed()).isEqualTo("Spring 2026");
        assertThat(school.policyReviewDate()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(letterheads.of("keston").name()).isEqualTo("Keston Primary School");
        assertThat(audit.entriesFor("school", "keston")).extracting(AuditEntry::action).containsExactly("profile-changed");
        assertThat(audit.entriesFor("school", "keston").get(0).detail())
            .contains("name: 'Keston Primary School and Nursery' → 'Keston Primary School'", "policy review date: '2020-11-30' → '2027-03-31'");
    }

    @Test
    void anImpossibleReviewDateIsRefusedAndChangesNothing() throws Exception {
        mvc.perform(form("/admin/school", "itadmin").param("name", "Keston").param("address", "Lakes Road")
                .param("policyAgreed", "Spring 2026").param("reviewDay", "31").param("reviewMonth", "2").param("reviewYear", "2027"))
            .andExpect(redirectedUrl("/admin/school"))
            .andExpect(flash().attribute("formErrors", List.of(new org.policydesk.web.FormError(null,
                "Enter the policy's review date as a real date, such as 27 3 2026."))));
        assertThat(schools.find("keston").orElseThrow().name()).isEqualTo("Keston Primary School and Nursery");
    }

    @Test
    void anUploadedLogoIsCheckedStoredWhereTheLetterheadLooksAndServedToAdministrators() throws Exception {
        Path stored = TEMPLATES.resolve("_layout/logo-keston.png");
        Files.deleteIfExists(stored);
        mvc.perform(multipart("/admin/school/logo").file(new MockMultipartFile("logo", "logo.png", "image/png",
                SchoolLogosTests.image("gif", 20, 20))).with(user("itadmin")).with(csrf()))
            .andExpect(redirectedUrl("/admin/school/logo"))
            .andExpect(flash().attribute("formErrors", List.of(new org.policydesk.web.FormError(null,
                "The logo must be a PNG or JPEG image."))));
        assertThat(stored).doesNotExist();
        assertThat(letterheads.of("keston").logo()).isEqualTo("_layout/logo.png");

        mvc.perform(multipart("/admin/school/logo").file(new MockMultipartFile("logo", "crest.jpg", "image/jpeg",
                SchoolLogosTests.image("jpg", 90, 45))).with(user("itadmin")).with(csrf()))
            .andExpect(flash().attribute("notice", "The new logo is saved. New letters and notices carry it."));

        assertThat(stored).exists();
        assertThat(letterheads.of("keston").logo()).isEqualTo("_layout/logo-keston.png");
        byte[] served = mvc.perform(get("/admin/school/logo.png").with(user("itadmin")))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(served).isEqualTo(Files.readAllBytes(stored));
        assertThat(auditActions("school", "keston")).containsExactly("logo-changed");
        Files.delete(stored);
    }

    @Test
    void aSchoolsOwnApprovalDeadlineSetsTheDueDateOfTheNextRequest() throws Exception {
        mvc.perform(get("/admin/deadlines").with(user("itadmin"))).andExpect(content().string(containsString("Usually 5 days.")));
        mvc.perform(form("/admin/deadlines", "itadmin").param("approval", "0").param("triage", "2"))
            .andExpect(redirectedUrl("/admin/deadlines"));
        assertThat(jdbc.sql("select count(*) from school_deadline").query(Integer.class).single()).isZero();

        mvc.perform(form("/admin/deadlines", "itadmin").param("approval", "10").param("triage", "")
                .param("reminder-every", "2"))
            .andExpect(redirectedUrl("/admin/deadlines"));

        long id = officialUse.request(actor("sjones"), person("sjones").id(), "Class news");
        Task decide = openTask(OfficialUseProcess.TASK_DECIDE, id);
        long expected = ClockUtil.getCurrentTime().getTime() + Duration.ofDays(10).toMillis();
        assertThat(decide.getDueDate().getTime()).isBetween(expected - 60_000, expected);
        Job reminder = managementService.createJobQuery().processInstanceId(decide.getProcessInstanceId()).timers()
            .singleResult();
        long remindAt = ClockUtil.getCurrentTime().getTime() + Duration.ofDays(2).toMillis();
        assertThat(reminder.getDuedate().getTime()).isBetween(remindAt - 60_000, remindAt);
        assertThat(audit.entriesFor("school", "keston").get(0).detail())
            .startsWith("approval: usual 5 days → 10 days");
        mvc.perform(get("/admin/deadlines").with(user("itadmin")))
            .andExpect(content().string(containsString("name=\"approval\" type=\"text\"\n                   inputmode=\"numeric\" value=\"10\"")));
    }

    @Test
    void anAbsenceNamesADeputyHeadAndEndingItEarlyHandsDecisionsBackToTheHeadTeacher() throws Exception {
        LocalDate today = LocalDate.now();
        mvc.perform(form("/admin/absences", "itadmin").param("deputy", "sjones").param("startsDay", dayOf(today))
                .param("startsMonth", monthOf(today)).param("startsYear", yearOf(today)).param("reason", "Leave"))
            .andExpect(flash().attribute("formErrors", List.of(new org.policydesk.web.FormError(null,
                "Choose the deputy from the school's deputy heads."))));
        assertThat(absences.all("keston")).isEmpty();

        mvc.perform(form("/admin/absences", "itadmin").param("deputy", "dmensah").param("startsDay", dayOf(today))
                .param("startsMonth", monthOf(today)).param("startsYear", yearOf(today)).param("reason", "Secondment"))
            .andExpect(redirectedUrl("/admin/absences"));
        var absence = absences.inForce("keston").orElseThrow();
        assertThat(absence.deputyUserId()).isEqualTo("dmensah");
        assertThat(absence.endsOn()).isNull();
        mvc.perform(get("/admin/absences").with(user("itadmin"))).andExpect(content().string(containsString("In force")));

        mvc.perform(form("/admin/absences/" + absence.id() + "/end", "hellis")).andExpect(status().isForbidden());
        assertThat(absences.inForce("keston")).isPresent();
        mvc.perform(form("/admin/absences/" + absence.id() + "/end", "itadmin"))
            .andExpect(flash().attribute("notice", "The absence is ended. The Head Teacher decides again from today."));

        assertThat(absences.inForce("keston")).isEmpty();
        assertThat(auditActions("school", "keston")).containsExactly("absence-recorded", "absence-ended");
    }

    private List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    private static String dayOf(LocalDate date) {
        return String.valueOf(date.getDayOfMonth());
    }

    private static String monthOf(LocalDate date) {
        return String.valueOf(date.getMonthValue());
    }

    private static String yearOf(LocalDate date) {
        return String.valueOf(date.getYear());
    }

    static Path copyOfTheTemplates() {
        try {
            Path source = Path.of("templates").toAbsolutePath();
            Path copy = Files.createTempDirectory("policydesk-templates-");
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.toList()) {
                    Path target = copy.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
            return copy;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
