package org.policydesk.officialuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.policydesk.officialuse.OfficialUseProcess.*;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policydesk.WebTestSupport;
import org.policydesk.accounts.AccountRegister;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The official-use pages over MockMvc: what each role may do, and that refusals change nothing. */
@ExtendWith(OutputCaptureExtension.class)
class OfficialUseWebTests extends WebTestSupport {

    private static final String PASSWORD = "Blue-Kite-47";

    @Autowired OfficialUseService officialUse;
    @Autowired AccountRegister accounts;

    private long sarahAsks() {
        return officialUse.request(actor("sjones"), person("sjones").id(), "Class news on the school Instagram");
    }

    private MockHttpServletRequestBuilder form(String url, String userId) {
        return post(url).with(user(userId)).with(csrf());
    }

    @Test
    void anEmployeeAsksForOfficialUseAndTheRequestGoesToTheHeadTeacher() throws Exception {
        mvc.perform(get("/official-use/request").with(user("sjones")))
            .andExpect(status().isOk()).andExpect(content().string(not(containsString("Who is it for?"))));

        MvcResult sent = mvc.perform(form("/official-use/request", "sjones").param("purpose", "Class news"))
            .andExpect(flash().attribute("notice", "Your request has gone to the Head Teacher to decide."))
            .andReturn();

        OfficialUser request = officialUse.currentFor(person("sjones").id()).orElseThrow();
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/official-users/" + request.id());
        assertThat(request.status()).isEqualTo(OfficialUseStatus.REQUESTED);
        assertThat(openTask(TASK_DECIDE, request.id())).isNotNull();
        mvc.perform(get("/official-users/" + request.id()).with(user("sjones")))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Requested")));
    }

    @Test
    void aRequestWithoutAPurposeIsShownAgainWithTheFieldsMessageAndStartsNothing() throws Exception {
        MvcResult refused = mvc.perform(form("/official-use/request", "sjones").param("purpose", "  "))
            .andExpect(redirectedUrl("/official-use/request")).andReturn();

        mvc.perform(get("/official-use/request").with(user("sjones")).flashAttrs(refused.getFlashMap()))
            .andExpect(content().string(containsString("There is a problem")))
            .andExpect(content().string(containsString("<a href=\"#purpose\">Say what you will use social media for")))
            .andExpect(content().string(containsString("id=\"purpose-error\"")));
        assertThat(officialUse.currentFor(person("sjones").id())).isEmpty();
    }

    @Test
    void aServiceRefusalIsShownInTheErrorSummaryAndChangesNothing() throws Exception {
        long id = sarahAsks();
        MvcResult refused = mvc.perform(form("/official-use/request", "sjones").param("purpose", "Again"))
            .andExpect(redirectedUrl("/official-use/request")).andReturn();

        mvc.perform(get("/official-use/request").with(user("sjones")).flashAttrs(refused.getFlashMap()))
            .andExpect(content().string(containsString("Sarah Jones already has official use requested")));
        assertThat(officialUse.register(person("sjones").schoolId())).filteredOn(user -> user.personId() == person("sjones").id())
            .extracting(OfficialUser::id).containsExactly(id);
    }

    @Test
    void aStaffMemberHasNoApproveButtonAndACraftedApprovalIsRefusedAndChangesNothing() throws Exception {
        long id = sarahAsks();
        Task task = openTask(TASK_DECIDE, id);

        mvc.perform(get("/official-use/decide/" + task.getId()).with(user("tbaker"))).andExpect(status().isForbidden());
        mvc.perform(get("/").with(user("tbaker"))).andExpect(content().string(not(containsString("/official-use/decide/"))));
        mvc.perform(form("/official-use/decide/" + task.getId(), "tbaker").param("approve", "true").param("reason", "Looks fine"))
            .andExpect(status().isForbidden())
            .andExpect(content().string(containsString("You are not in a group that may complete")));

        assertNothingDecided(id, task);
    }

    @Test
    void aGovernorCannotApproveAnEmployee() throws Exception {
        long id = sarahAsks();
        Task task = openTask(TASK_DECIDE, id);

        mvc.perform(form("/official-use/decide/" + task.getId(), "cwhitfield").param("approve", "true").param("reason", "Yes"))
            .andExpect(status().isForbidden());

        assertNothingDecided(id, task);
    }

    @Test
    void theDeputyCannotApproveWithoutARecordedAbsence() throws Exception {
        long id = sarahAsks();
        Task task = openTask(TASK_DECIDE, id);

        mvc.perform(get("/official-use/decide/" + task.getId()).with(user("dmensah")))
            .andExpect(status().isForbidden())
            .andExpect(content().string(containsString("authorised deputy during a recorded absence")));
        mvc.perform(form("/official-use/decide/" + task.getId(), "dmensah").param("approve", "true").param("reason", "Yes"))
            .andExpect(status().isForbidden());

        assertNothingDecided(id, task);
    }

    @Test
    void theHeadTeacherApprovesOnceAndASecondSubmissionOfTheSameFormIsStale() throws Exception {
        long id = sarahAsks();
        Task task = openTask(TASK_DECIDE, id);
        mvc.perform(get("/official-use/decide/" + task.getId()).with(user("hellis")))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Class news on the school Instagram")));

        mvc.perform(form("/official-use/decide/" + task.getId(), "hellis").param("approve", "true").param("reason", "Agreed"))
            .andExpect(redirectedUrl("/"))
            .andExpect(flash().attribute("notice", containsString("You approved official use for Sarah Jones")));
        mvc.perform(form("/official-use/decide/" + task.getId(), "hellis").param("approve", "true").param("reason", "Agreed"))
            .andExpect(status().isConflict())
            .andExpect(content().string(containsString("This task has already been completed or taken by someone else")));

        assertThat(officialUse.history(id)).extracting(StatusChange::status)
            .containsExactly(OfficialUseStatus.REQUESTED, OfficialUseStatus.ACTIVE);
        assertThat(auditActions(RECORD_TYPE, id))
            .containsExactly("official-use-requested", "official-use-approved", "document-issued");
    }

    @Test
    void aDecisionWithoutAChoiceOrReasonIsShownAgainWithBothMessagesAndWhatWasTyped() throws Exception {
        long id = sarahAsks();
        Task task = openTask(TASK_DECIDE, id);
        String url = "/official-use/decide/" + task.getId();

        MvcResult refused = mvc.perform(form(url, "hellis").param("reason", "")).andExpect(redirectedUrl(url)).andReturn();
        mvc.perform(get(url).with(user("hellis")).flashAttrs(refused.getFlashMap()))
            .andExpect(content().string(containsString("Choose whether to approve or refuse the request")))
            .andExpect(content().string(containsString("Give the reason for your decision")))
            .andExpect(content().string(containsString("<title>Error: Approve or refuse official use")));

        refused = mvc.perform(form(url, "hellis").param("approve", "false")).andReturn();
        mvc.perform(get(url).with(user("hellis")).flashAttrs(refused.getFlashMap()))
            .andExpect(content().string(containsString("value=\"false\"\n                   checked")));
        assertNothingDecided(id, task);
    }

    @Test
    void recordedAccountsAppearInTheRegisterWithoutTheirPasswordWhichIsNeverLogged(CapturedOutput output) throws Exception {
        long id = sarahAsks();
        officialUse.decide(actor("hellis"), openTask(TASK_DECIDE, id).getId(), true, "Agreed");
        Task task = openTask(TASK_RECORD_ACCOUNTS, id);

        mvc.perform(form("/official-use/accounts/" + task.getId(), "sjones")
                .param("rows[0].platform", "Instagram").param("rows[0].handle", "@kestonprimary")
                .param("rows[0].loginId", "kestonprimary").param("rows[0].password", PASSWORD))
            .andExpect(redirectedUrl("/official-use/guidance/" + openTask(TASK_ACKNOWLEDGE_GUIDANCE, id).getId()));

        assertThat(accounts.activeHeldBy(person("sjones").id())).extracting("platform").containsExactly("Instagram");
        mvc.perform(get("/official-users").with(user("hellis")))
            .andExpect(content().string(containsString("Instagram: @kestonprimary")))
            .andExpect(content().string(not(containsString(PASSWORD))));
        mvc.perform(get("/official-users/" + id).with(user("okowalski")))
            .andExpect(content().string(containsString("@kestonprimary")))
            .andExpect(content().string(not(containsString(PASSWORD))));
        assertThat(output.getAll()).doesNotContain(PASSWORD);
    }

    @Test
    void anIncompleteAccountIsRefusedFieldByFieldAndThePasswordIsNeverSentBack() throws Exception {
        long id = sarahAsks();
        officialUse.decide(actor("hellis"), openTask(TASK_DECIDE, id).getId(), true, "Agreed");
        String url = "/official-use/accounts/" + openTask(TASK_RECORD_ACCOUNTS, id).getId();

        MvcResult refused = mvc.perform(form(url, "sjones")
                .param("rows[0].platform", "Instagram").param("rows[0].handle", "")
                .param("rows[0].loginId", "kestonprimary").param("rows[0].password", PASSWORD)
                .param("rows[1].platform", "X").param("rows[1].handle", "").param("rows[1].loginId", "")
                .param("rows[1].password", ""))
            .andExpect(redirectedUrl(url)).andReturn();

        @SuppressWarnings("unchecked")
        Map<String, String> kept = (Map<String, String>) refused.getFlashMap().get("formValues");
        assertThat(kept).containsEntry("rows[0].platform", "Instagram").doesNotContainValue(PASSWORD)
            .doesNotContainKey("rows[0].password");
        mvc.perform(get(url).with(user("sjones")).flashAttrs(refused.getFlashMap()))
            .andExpect(content().string(containsString("<a href=\"#rows-0-handle\">Enter the account&#39;s name or web address</a>")))
            .andExpect(content().string(containsString("Enter the password or token for account 2")))
            .andExpect(content().string(containsString("value=\"Instagram\"")))
            .andExpect(content().string(not(containsString(PASSWORD))));
        assertThat(accounts.activeHeldBy(person("sjones").id())).isEmpty();
        assertThat(openTask(TASK_RECORD_ACCOUNTS, id)).isNotNull();
    }

    @Test
    void guidanceMustBeConfirmedWithTheTickBoxAndIsThenRecorded() throws Exception {
        long id = sarahAsks();
        officialUse.decide(actor("hellis"), openTask(TASK_DECIDE, id).getId(), true, "Agreed");
        officialUse.recordAccounts(actor("sjones"), openTask(TASK_RECORD_ACCOUNTS, id).getId(), List.of(
            new org.policydesk.accounts.AccountDetails("Instagram", "@keston", "keston",
                org.policydesk.accounts.Secret.of(PASSWORD))));
        String url = "/official-use/guidance/" + openTask(TASK_ACKNOWLEDGE_GUIDANCE, id).getId();

        MvcResult refused = mvc.perform(form(url, "sjones")).andExpect(redirectedUrl(url)).andReturn();
        mvc.perform(get(url).with(user("sjones")).flashAttrs(refused.getFlashMap()))
            .andExpect(content().string(containsString("<a href=\"#confirm\">Tick the box")));
        assertThat(officialUse.get(id).guidanceAcknowledgedAt()).isNull();

        mvc.perform(form(url, "tbaker").param("confirm", "true")).andExpect(status().isForbidden());
        mvc.perform(form(url, "sjones").param("confirm", "true")).andExpect(redirectedUrl("/official-users/" + id));
        assertThat(officialUse.get(id).guidanceAcknowledgedAt()).isNotNull();
    }

    @Test
    void theRegisterIsForThoseWhoOverseeItWhileEveryoneSeesTheirOwnRecord() throws Exception {
        long id = sarahAsks();
        long helen = officialUse.currentFor(person("hellis").id()).orElseThrow().id();

        mvc.perform(get("/official-users").with(user("tbaker"))).andExpect(status().isForbidden());
        mvc.perform(get("/").with(user("tbaker"))).andExpect(content().string(not(containsString("href=\"/official-users\""))));
        mvc.perform(get("/official-users/" + helen).with(user("tbaker"))).andExpect(status().isForbidden());
        mvc.perform(get("/official-users/" + id).with(user("sjones"))).andExpect(status().isOk());
        mvc.perform(get("/official-users").with(user("hnguyen")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Helen Ellis")))
            .andExpect(content().string(containsString("Facebook: facebook.com/KestonPrimary")));
        mvc.perform(get("/").with(user("hnguyen"))).andExpect(content().string(containsString("href=\"/official-users\"")));
    }

    private long sarahIsAnOfficialUser() {
        long id = sarahAsks();
        officialUse.decide(actor("hellis"), openTask(TASK_DECIDE, id).getId(), true, "Agreed");
        officialUse.recordAccounts(actor("sjones"), openTask(TASK_RECORD_ACCOUNTS, id).getId(), List.of(
            new org.policydesk.accounts.AccountDetails("Instagram", "@keston", "keston",
                org.policydesk.accounts.Secret.of(PASSWORD))));
        officialUse.acknowledgeGuidance(actor("sjones"), openTask(TASK_ACKNOWLEDGE_GUIDANCE, id).getId());
        return id;
    }

    @Test
    void revocationIsOfferedWhileTheApprovedPersonIsStillSettingUp() throws Exception {
        long id = sarahAsks();
        officialUse.decide(actor("hellis"), openTask(TASK_DECIDE, id).getId(), true, "Agreed");

        mvc.perform(get("/official-users/" + id).with(user("hellis")))
            .andExpect(content().string(containsString("/revoke")));
        mvc.perform(form("/official-users/" + id + "/revoke", "hellis").param("reason", "Changed circumstances"))
            .andExpect(redirectedUrl("/official-users/" + id));
        assertThat(officialUse.get(id).status()).isEqualTo(OfficialUseStatus.REVOKED);
    }

    @Test
    void theHeadTeacherRevokesAnEmployeeAndTheHistorySaysWhoAndWhy() throws Exception {
        long id = sarahIsAnOfficialUser();

        mvc.perform(get("/official-users/" + id).with(user("hellis")))
            .andExpect(content().string(containsString("/official-users/" + id + "/revoke")));
        mvc.perform(get("/official-users/" + id).with(user("hnguyen")))
            .andExpect(content().string(not(containsString("/revoke"))));
        mvc.perform(form("/official-users/" + id + "/revoke", "hellis").param("reason", "Posted a pupil's photo"))
            .andExpect(redirectedUrl("/official-users/" + id));

        assertThat(officialUse.get(id).status()).isEqualTo(OfficialUseStatus.REVOKED);
        mvc.perform(get("/official-users/" + id).with(user("hellis")))
            .andExpect(content().string(containsString("Revoked")))
            .andExpect(content().string(containsString("Posted a pupil&#39;s photo")))
            .andExpect(content().string(containsString("Helen Ellis")));
    }

    @Test
    void nobodyButTheChairMayRevokeTheHeadTeacherAndACraftedRevocationChangesNothing() throws Exception {
        long helen = officialUse.currentFor(person("hellis").id()).orElseThrow().id();

        mvc.perform(get("/official-users/" + helen + "/revoke").with(user("dmensah"))).andExpect(status().isForbidden());
        mvc.perform(form("/official-users/" + helen + "/revoke", "tbaker").param("reason", "No"))
            .andExpect(status().isForbidden());
        mvc.perform(form("/official-users/" + helen + "/revoke", "hellis").param("reason", "Myself"))
            .andExpect(status().isForbidden());

        assertThat(officialUse.get(helen).status()).isEqualTo(OfficialUseStatus.ACTIVE);
        assertThat(auditActions(RECORD_TYPE, helen)).doesNotContain("official-use-revocation-requested");
    }

    @Test
    void theChairRevokingAnEmployeeRecordsTheGovernorsConsultationFirst() throws Exception {
        long helen = officialUse.currentFor(person("hellis").id()).orElseThrow().id();

        mvc.perform(get("/official-users/" + helen + "/revoke").with(user("cwhitfield")))
            .andExpect(content().string(containsString("in consultation with the governors")));
        mvc.perform(form("/official-users/" + helen + "/revoke", "cwhitfield").param("reason", "Governors' concern"))
            .andExpect(flash().attribute("notice", containsString("waits for you to record the governors' consultation")));
        assertThat(officialUse.get(helen).status()).isEqualTo(OfficialUseStatus.ACTIVE);

        Task consult = openTask(TASK_CONSULT_GOVERNORS, helen);
        mvc.perform(get("/official-use/consultation/" + consult.getId()).with(user("cwhitfield")))
            .andExpect(content().string(containsString("Governors&#39; concern")));
        mvc.perform(form("/official-use/consultation/" + consult.getId(), "cwhitfield")
                .param("revoke", "true").param("consultation", "Full board agreed on 3 March"))
            .andExpect(redirectedUrl("/"));
        assertThat(officialUse.get(helen).status()).isEqualTo(OfficialUseStatus.REVOKED);
    }

    private void assertNothingDecided(long id, Task task) {
        assertThat(officialUse.get(id).status()).isEqualTo(OfficialUseStatus.REQUESTED);
        assertThat(officialUse.get(id).decidedBy()).isNull();
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(auditActions(RECORD_TYPE, id)).containsExactly("official-use-requested");
    }
}
