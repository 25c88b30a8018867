package org.policydesk.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.policydesk.handover.HandoverProcess.*;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policydesk.WebTestSupport;
import org.policydesk.accounts.Account;
import org.policydesk.accounts.AccountDetails;
import org.policydesk.accounts.AccountRegister;
import org.policydesk.accounts.AccountStatus;
import org.policydesk.accounts.Secret;
import org.policydesk.documents.PdfText;
import org.policydesk.officialuse.OfficialUseProcess;
import org.policydesk.officialuse.OfficialUseService;
import org.policydesk.officialuse.OfficialUseStatus;
import org.policydesk.people.PersonStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The handover pages over MockMvc: recording a leaver, each step's form by role (a crafted POST
 * by the wrong person is refused with 403 and changes nothing), the password never echoed or
 * logged, and the register and certificate downloads.
 */
@ExtendWith(OutputCaptureExtension.class)
class HandoverWebTests extends WebTestSupport {

    private static final String OLD_PASSWORD = "Old-Insta-Pass-19";
    private static final String NEW_PASSWORD = "Fresh-Kite-Harbour-83";

    @Autowired OfficialUseService officialUse;
    @Autowired AccountRegister accounts;
    @Autowired HandoverService handovers;
    @Autowired ManagementService managementService;

    /** Sarah Jones, approved and active, with one Instagram account. */
    private long sarahIsAnOfficialUserWithOneAccount() {
        long id = officialUse.request(actor("sjones"), person("sjones").id(), "Year 5 class news");
        officialUse.decide(actor("hellis"), openTask(OfficialUseProcess.TASK_DECIDE, id).getId(), true, "Agreed");
        officialUse.recordAccounts(actor("sjones"), openTask(OfficialUseProcess.TASK_RECORD_ACCOUNTS, id).getId(),
            List.of(new AccountDetails("Instagram", "@keston.year5", "keston.year5", Secret.of(OLD_PASSWORD))));
        officialUse.acknowledgeGuidance(actor("sjones"), openTask(OfficialUseProcess.TASK_ACKNOWLEDGE_GUIDANCE, id).getId());
        return accounts.activeHeldBy(person("sjones").id()).get(0).id();
    }

    /** Sarah has left: the office recorded it and her handover is open. */
    private long sarahHasLeft() {
        sarahIsAnOfficialUserWithOneAccount();
        officialUse.recordLeaving(actor("okowalski"), person("sjones").id(), "Resigned at the end of term");
        return handovers.register("keston").get(0).id();
    }

    private MockHttpServletRequestBuilder form(String url, String userId) {
        return post(url).with(user(userId)).with(csrf());
    }

    private String step(String taskKey, long handoverId) {
        return HandoverTaskForms.FORMS.get(taskKey) + openTask(taskKey, handoverId).getId();
    }

    @Test
    void theOfficeRecordsThatSarahHasLeftAndIsTakenToHerHandover() throws Exception {
        long instagram = sarahIsAnOfficialUserWithOneAccount();
        mvc.perform(get("/handovers/leaving").with(user("okowalski")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Sarah Jones, Year 5 Class Teacher")))
            .andExpect(content().string(not(containsString("Siobhán O&#39;Brien"))))
            .andExpect(content().string(not(containsString("Amelia Brown"))));

        MvcResult done = mvc.perform(form("/handovers/leaving", "okowalski")
                .param("personId", String.valueOf(person("sjones").id())).param("reason", "Resigned at the end of term"))
            .andExpect(flash().attribute("notice", containsString("handover of 1 account has started")))
            .andReturn();

        Handover handover = handovers.register("keston").get(0);
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/handovers/" + handover.id());
        assertThat(person("sjones").status()).isEqualTo(PersonStatus.LEFT);
        assertThat(handovers.steps(handover.id())).extracting(HandoverStep::accountId).containsExactly(instagram);
        mvc.perform(get("/handovers/" + handover.id()).with(user("okowalski")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Record what the leaver surrendered for this account")))
            .andExpect(content().string(containsString("Instagram: @keston.year5")))
            .andExpect(content().string(containsString(step(TASK_SURRENDER, handover.id()))))
            .andExpect(content().string(not(containsString(OLD_PASSWORD))));
    }

    @Test
    void staffCannotRecordALeaverAndACraftedPostChangesNothing() throws Exception {
        sarahIsAnOfficialUserWithOneAccount();

        mvc.perform(get("/handovers/leaving").with(user("tbaker"))).andExpect(status().isForbidden());
        mvc.perform(form("/handovers/leaving", "tbaker")
                .param("personId", String.valueOf(person("sjones").id())).param("reason", "Crafted"))
            .andExpect(status().isForbidden());
        mvc.perform(form("/handovers/leaving", "hnguyen")
                .param("personId", String.valueOf(person("sjones").id())).param("reason", "Crafted"))
            .andExpect(status().isForbidden());

        assertThat(person("sjones").status()).isEqualTo(PersonStatus.CURRENT);
        assertThat(handovers.register("keston")).isEmpty();
        assertThat(auditActions("person", person("sjones").id())).isEmpty();
    }

    @Test
    void aGovernorsLeavingIsRecordedByTheClerkNotByTheOffice() throws Exception {
        long siobhan = person("sobrien").id();

        mvc.perform(form("/handovers/leaving", "okowalski").param("personId", String.valueOf(siobhan)).param("reason", "End"))
            .andExpect(status().isForbidden());
        assertThat(person("sobrien").status()).isEqualTo(PersonStatus.CURRENT);

        mvc.perform(get("/handovers/leaving").with(user("ppatel")))
            .andExpect(content().string(containsString("Siobhán O&#39;Brien")))
            .andExpect(content().string(not(containsString("Sarah Jones"))));
        mvc.perform(form("/handovers/leaving", "ppatel").param("personId", String.valueOf(siobhan))
                .param("reason", "Appointment as governor ended"))
            .andExpect(redirectedUrl("/handovers"))
            .andExpect(flash().attribute("notice", containsString("not an official user")));
        assertThat(person("sobrien").status()).isEqualTo(PersonStatus.LEFT);
    }

    @Test
    void aLeavingFormWithoutAPersonOrReasonIsShownAgainWithBothMessages() throws Exception {
        MvcResult refused = mvc.perform(form("/handovers/leaving", "okowalski").param("personId", "").param("reason", " "))
            .andExpect(redirectedUrl("/handovers/leaving")).andReturn();

        mvc.perform(get("/handovers/leaving").with(user("okowalski")).flashAttrs(refused.getFlashMap()))
            .andExpect(content().string(containsString("<a href=\"#personId\">Choose the person</a>")))
            .andExpect(content().string(containsString("<a href=\"#reason\">Give the reason</a>")));
    }

    @Test
    void theLeaverRecordsTheirOwnSurrenderWhileColleaguesAndGovernorsCannot() throws Exception {
        long id = sarahHasLeft();
        String url = step(TASK_SURRENDER, id);

        mvc.perform(get(url).with(user("tbaker"))).andExpect(status().isForbidden());
        mvc.perform(form(url, "tbaker").param("items", "PASSWORDS")).andExpect(status().isForbidden());
        mvc.perform(form(url, "sobrien").param("items", "PASSWORDS")).andExpect(status().isForbidden());
        assertThat(handovers.steps(id).get(0).surrenderedAt()).isNull();

        mvc.perform(get(url).with(user("sjones")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("The policy asks you to surrender")))
            .andExpect(content().string(containsString("Authorisation devices")));
        MvcResult refused = mvc.perform(form(url, "sjones")).andExpect(redirectedUrl(url)).andReturn();
        mvc.perform(get(url).with(user("sjones")).flashAttrs(refused.getFlashMap()))
            .andExpect(content().string(containsString("<a href=\"#items\">Tick at least one thing")));
        assertThat(handovers.steps(id).get(0).surrenderedAt()).isNull();

        mvc.perform(form(url, "sjones").param("items", "LOGIN_DETAILS", "PASSWORDS"))
            .andExpect(redirectedUrl("/handovers/" + id));
        mvc.perform(form(url, "sjones").param("items", "LOGIN_DETAILS")).andExpect(status().isConflict());

        HandoverStep step = handovers.steps(id).get(0);
        assertThat(step.surrenderedItems()).containsExactly(SurrenderedItem.LOGIN_DETAILS, SurrenderedItem.PASSWORDS);
        assertThat(step.surrenderRecordedBy()).isEqualTo("sjones");
        assertThat(auditActions(RECORD_TYPE, id)).containsOnlyOnce("handover-credentials-surrendered");
    }

    @Test
    void onlyTheOfficeChangesThePasswordWhichIsNeverEchoedOrLogged(CapturedOutput output) throws Exception {
        long id = sarahHasLeft();
        handovers.recordSurrender(actor("okowalski"), openTask(TASK_SURRENDER, id).getId(), java.util.EnumSet.of(SurrenderedItem.PASSWORDS));
        String url = step(TASK_ROTATE_SECRET, id);

        mvc.perform(get(url).with(user("sjones"))).andExpect(status().isForbidden());
        mvc.perform(form(url, "hellis").param("newPassword", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
            .andExpect(status().isForbidden());
        mvc.perform(form(url, "sobrien").param("newPassword", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
            .andExpect(status().isForbidden());

        MvcResult refused = mvc.perform(form(url, "okowalski").param("newPassword", NEW_PASSWORD)
                .param("confirmPassword", NEW_PASSWORD + "x"))
            .andExpect(redirectedUrl(url)).andReturn();
        @SuppressWarnings("unchecked")
        Map<String, String> kept = (Map<String, String>) refused.getFlashMap().get("formValues");
        assertThat(kept).doesNotContainKeys("newPassword", "confirmPassword").doesNotContainValue(NEW_PASSWORD);
        assertThat(refused.getFlashMap().toString()).doesNotContain(NEW_PASSWORD);
        mvc.perform(get(url).with(user("okowalski")).flashAttrs(refused.getFlashMap()))
            .andExpect(content().string(containsString("<a href=\"#confirmPassword\">The two passwords are not the same")))
            .andExpect(content().string(not(containsString(NEW_PASSWORD))));
        assertThat(accounts.reveal(actor("okowalski"), handovers.steps(id).get(0).accountId(), "test").reveal())
            .isEqualTo(OLD_PASSWORD);

        mvc.perform(form(url, "okowalski").param("newPassword", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
            .andExpect(redirectedUrl("/handovers/" + id))
            .andExpect(flash().attribute("notice", not(containsString(NEW_PASSWORD))));

        long accountId = handovers.steps(id).get(0).accountId();
        assertThat(handovers.steps(id).get(0).rotatedBy()).isEqualTo("okowalski");
        assertThat(accounts.reveal(actor("okowalski"), accountId, "test").reveal()).isEqualTo(NEW_PASSWORD);
        mvc.perform(get("/handovers/" + id).with(user("okowalski"))).andExpect(content().string(not(containsString(NEW_PASSWORD))));
        assertThat(output.getAll()).doesNotContain(NEW_PASSWORD).doesNotContain(OLD_PASSWORD);
        assertThat(audit.entriesFor(RECORD_TYPE, id).toString()).doesNotContain(NEW_PASSWORD);
    }

    @Test
    void theAccountGoesOnlyToAnActiveOfficialUserOrTheOffice() throws Exception {
        long id = sarahHasLeft();
        handovers.recordSurrender(actor("okowalski"), openTask(TASK_SURRENDER, id).getId(), java.util.EnumSet.of(SurrenderedItem.PASSWORDS));
        handovers.rotateSecret(actor("okowalski"), openTask(TASK_ROTATE_SECRET, id).getId(), Secret.of(NEW_PASSWORD));
        String url = step(TASK_TRANSFER_OR_CANCEL, id);
        long accountId = handovers.steps(id).get(0).accountId();

        mvc.perform(get(url).with(user("cwhitfield"))).andExpect(status().isForbidden());
        mvc.perform(form(url, "tbaker").param("action", "cancel").param("reason", "Crafted")).andExpect(status().isForbidden());
        assertThat(accounts.get(accountId).status()).isEqualTo(AccountStatus.ACTIVE);

        mvc.perform(get(url).with(user("okowalski")))
            .andExpect(content().string(containsString(">Helen Ellis, Head Teacher</option>")))
            .andExpect(content().string(containsString(">The school office</option>")))
            .andExpect(content().string(not(containsString("Tom Baker"))))
            .andExpect(content().string(not(containsString(">Sarah Jones, Year 5 Class Teacher</option>"))));
        MvcResult refused = mvc.perform(form(url, "okowalski").param("action", "transfer").param("to", "").param("reason", "New holder"))
            .andExpect(redirectedUrl(url)).andReturn();
        mvc.perform(get(url).with(user("okowalski")).flashAttrs(refused.getFlashMap()))
            .andExpect(content().string(containsString("<a href=\"#to\">Choose who takes the account over</a>")));
        refused = mvc.perform(form(url, "okowalski").param("action", "transfer")
                .param("to", String.valueOf(person("tbaker").id())).param("reason", "New holder"))
            .andExpect(redirectedUrl(url)).andReturn();
        mvc.perform(get(url).with(user("okowalski")).flashAttrs(refused.getFlashMap()))
            .andExpect(content().string(containsString("Tom Baker is not an active official user")));
        assertThat(accounts.get(accountId).holderPersonId()).isEqualTo(person("sjones").id());

        mvc.perform(form(url, "okowalski").param("action", "transfer").param("to", String.valueOf(person("hellis").id()))
                .param("reason", "The Head Teacher runs the class accounts now"))
            .andExpect(redirectedUrl("/handovers/" + id))
            .andExpect(flash().attribute("notice", "Instagram @keston.year5 is transferred to Helen Ellis."));

        assertThat(accounts.get(accountId).holderPersonId()).isEqualTo(person("hellis").id());
        assertThat(handovers.steps(id).get(0).disposition()).isEqualTo(AccountDisposition.TRANSFERRED);
        assertThat(openTask(TASK_RECORD_ASSISTANCE, id)).isNotNull();
    }

    @Test
    void aCancellationIgnoresAPersonLeftSelectedInTheList() throws Exception {
        long id = sarahHasLeft();
        handovers.recordSurrender(actor("okowalski"), openTask(TASK_SURRENDER, id).getId(), java.util.EnumSet.of(SurrenderedItem.PASSWORDS));
        handovers.rotateSecret(actor("okowalski"), openTask(TASK_ROTATE_SECRET, id).getId(), Secret.of(NEW_PASSWORD));

        mvc.perform(form(step(TASK_TRANSFER_OR_CANCEL, id), "okowalski").param("action", "cancel")
                .param("to", String.valueOf(person("hellis").id())).param("reason", "Year 5 stops using Instagram"))
            .andExpect(redirectedUrl("/handovers/" + id));

        Account account = accounts.get(handovers.steps(id).get(0).accountId());
        assertThat(account.status()).isEqualTo(AccountStatus.CANCELLED);
        assertThat(account.holderPersonId()).isEqualTo(person("sjones").id());
    }

    @Test
    void anOverdueStepIsChasedByTheHeadTeacherAndNobodyElse() throws Exception {
        long id = sarahHasLeft();
        Job timer = managementService.createJobQuery().activityId(TIMER_SURRENDER_OVERDUE).timers().singleResult();
        managementService.executeJob(timer.getId());
        String url = step(TASK_CHASE_OVERDUE_STEP, id);

        mvc.perform(get(url).with(user("okowalski"))).andExpect(status().isForbidden());
        mvc.perform(form(url, "dmensah").param("note", "Crafted")).andExpect(status().isForbidden());
        mvc.perform(form(url, "cwhitfield").param("note", "Crafted")).andExpect(status().isForbidden());
        assertThat(auditActions(RECORD_TYPE, id)).doesNotContain("handover-step-chased");
        mvc.perform(get("/handovers/" + id).with(user("hnguyen")))
            .andExpect(content().string(containsString("Escalated")))
            .andExpect(content().string(containsString("is overdue; passed to the Head Teacher")));

        mvc.perform(get(url).with(user("hellis")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Record what the leaver surrendered for this account is waiting for")));
        mvc.perform(form(url, "hellis").param("note", "Phoned Sarah; she brings the phone on Friday"))
            .andExpect(redirectedUrl("/handovers/" + id));

        assertThat(auditActions(RECORD_TYPE, id)).containsOnlyOnce("handover-step-chased");
        assertThat(audit.entriesFor(RECORD_TYPE, id)).anySatisfy(entry ->
            assertThat(entry.reason()).isEqualTo("Phoned Sarah; she brings the phone on Friday"));
        assertThat(openTask(TASK_SURRENDER, id)).isNotNull();
    }

    @Test
    void theOfficeRecordsTheAssistanceAndTheCertificateDownloadsAsAPdfListingTheAccount() throws Exception {
        long id = sarahHasLeft();
        handovers.recordSurrender(actor("sjones"), openTask(TASK_SURRENDER, id).getId(), java.util.EnumSet.of(SurrenderedItem.PASSWORDS));
        handovers.rotateSecret(actor("okowalski"), openTask(TASK_ROTATE_SECRET, id).getId(), Secret.of(NEW_PASSWORD));
        handovers.transferOrCancel(actor("okowalski"), openTask(TASK_TRANSFER_OR_CANCEL, id).getId(),
            AccountDisposition.TO_SCHOOL_OFFICE, null, "The office holds it for now");
        String url = step(TASK_RECORD_ASSISTANCE, id);

        mvc.perform(form(url, "hellis").param("assistance", "FULL").param("note", "Crafted")).andExpect(status().isForbidden());
        mvc.perform(form(url, "sjones").param("assistance", "FULL").param("note", "Crafted")).andExpect(status().isForbidden());
        assertThat(handovers.get(id).status()).isEqualTo(HandoverStatus.OPEN);
        MvcResult refused = mvc.perform(form(url, "okowalski").param("note", "")).andExpect(redirectedUrl(url)).andReturn();
        mvc.perform(get(url).with(user("okowalski")).flashAttrs(refused.getFlashMap()))
            .andExpect(content().string(containsString("Choose how far the leaver assisted")))
            .andExpect(content().string(containsString("Add a note on the leaver&#39;s assistance")));

        mvc.perform(form(url, "okowalski").param("assistance", "FULL").param("note", "Handed over on her last day"))
            .andExpect(redirectedUrl("/handovers/" + id))
            .andExpect(flash().attribute("notice", containsString("is complete")));

        assertThat(handovers.get(id).status()).isEqualTo(HandoverStatus.COMPLETE);
        long documentId = documents(id);
        mvc.perform(get("/handovers/" + id).with(user("sobrien")))
            .andExpect(content().string(containsString("Complete")))
            .andExpect(content().string(containsString("/handovers/" + id + "/documents/" + documentId)));
        mvc.perform(get("/handovers/" + id + "/documents/" + documentId).with(user("tbaker"))).andExpect(status().isForbidden());
        MvcResult pdf = mvc.perform(get("/handovers/" + id + "/documents/" + documentId).with(user("sobrien")))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/pdf"))
            .andExpect(header().string("Content-Disposition", containsString("attachment")))
            .andReturn();
        assertThat(PdfText.text(pdf.getResponse().getContentAsByteArray()))
            .contains("Sarah Jones", "Instagram", "@keston.year5", "transferred to the school").doesNotContain(NEW_PASSWORD);
    }

    @Autowired org.policydesk.documents.Documents documents;

    private long documents(long handoverId) {
        return documents.issuedFor(RECORD_TYPE, handoverId).get(0).id();
    }

    @Test
    void theRegisterIsForThoseWhoOverseeItFiltersAndDownloadsWithTheSameFilter() throws Exception {
        long id = sarahHasLeft();

        mvc.perform(get("/handovers").with(user("tbaker"))).andExpect(status().isForbidden());
        mvc.perform(get("/").with(user("tbaker"))).andExpect(content().string(not(containsString("href=\"/handovers\""))));
        mvc.perform(get("/handovers/" + id).with(user("tbaker"))).andExpect(status().isForbidden());
        mvc.perform(get("/registers/handovers.pdf").with(user("tbaker"))).andExpect(status().isForbidden());
        mvc.perform(get("/handovers/" + id).with(user("sjones"))).andExpect(status().isOk());

        mvc.perform(get("/handovers").with(user("hnguyen")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("HO-%04d".formatted(id))))
            .andExpect(content().string(not(containsString("Record that someone has left"))));
        mvc.perform(get("/handovers?status=complete").with(user("hnguyen")))
            .andExpect(content().string(containsString("No handovers match the filter.")))
            .andExpect(content().string(containsString("/registers/handovers.pdf?status=complete")));
        mvc.perform(get("/handovers?status=open&reason=left").with(user("okowalski")))
            .andExpect(content().string(containsString("Sarah Jones")))
            .andExpect(content().string(containsString("Record that someone has left")));

        MvcResult open = mvc.perform(get("/registers/handovers.pdf?status=open").with(user("hnguyen")))
            .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf")).andReturn();
        assertThat(PdfText.text(open.getResponse().getContentAsByteArray())).contains("Sarah Jones", "Showing only: status open");
        MvcResult complete = mvc.perform(get("/registers/handovers.pdf?status=complete").with(user("hnguyen"))).andReturn();
        assertThat(PdfText.text(complete.getResponse().getContentAsByteArray())).doesNotContain("Sarah Jones");
        mvc.perform(get("/registers/handovers.xlsx?status=open").with(user("cwhitfield")))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
    }

    @Test
    void theHeadTeacherSuspendsAndReinstatesWhileTheOfficeCannot() throws Exception {
        sarahIsAnOfficialUserWithOneAccount();
        String sarah = String.valueOf(person("sjones").id());

        mvc.perform(get("/handovers/suspension").with(user("okowalski"))).andExpect(status().isForbidden());
        mvc.perform(form("/handovers/suspension", "okowalski").param("personId", sarah).param("reason", "Crafted"))
            .andExpect(status().isForbidden());
        assertThat(person("sjones").status()).isEqualTo(PersonStatus.CURRENT);

        mvc.perform(form("/handovers/suspension", "hellis").param("personId", sarah).param("reason", "Investigation"))
            .andExpect(redirectedUrl("/handovers"));
        assertThat(person("sjones").status()).isEqualTo(PersonStatus.SUSPENDED);
        assertThat(officialUse.currentFor(person("sjones").id()).orElseThrow().status()).isEqualTo(OfficialUseStatus.SUSPENDED);

        mvc.perform(get("/handovers/reinstatement").with(user("hellis")))
            .andExpect(content().string(containsString("Sarah Jones")))
            .andExpect(content().string(not(containsString("Tom Baker"))));
        mvc.perform(form("/handovers/reinstatement", "hellis").param("personId", sarah).param("reason", "Cleared"))
            .andExpect(redirectedUrl("/handovers"));
        assertThat(person("sjones").status()).isEqualTo(PersonStatus.CURRENT);
        assertThat(officialUse.currentFor(person("sjones").id()).orElseThrow().status()).isEqualTo(OfficialUseStatus.ACTIVE);
    }

    @Test
    void theTaskListLinksEachHandoverTaskToItsFormAndNamesTheLeaverAndAccount() throws Exception {
        long id = sarahHasLeft();
        Task surrender = openTask(TASK_SURRENDER, id);

        mvc.perform(get("/tasks?tab=groups").with(user("okowalski")))
            .andExpect(content().string(containsString("Sarah Jones: Instagram @keston.year5")))
            .andExpect(content().string(containsString("/handovers/surrender/" + surrender.getId())));
        mvc.perform(get("/tasks?tab=mine").with(user("sjones")))
            .andExpect(content().string(containsString("/handovers/surrender/" + surrender.getId())));
    }
}
