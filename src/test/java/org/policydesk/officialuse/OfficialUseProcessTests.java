package org.policydesk.officialuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.policydesk.officialuse.OfficialUseProcess.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.junit.jupiter.api.Test;
import org.policydesk.ProcessTestSupport;
import org.policydesk.accounts.AccountDetails;
import org.policydesk.accounts.AccountRegister;
import org.policydesk.accounts.Secret;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.policydesk.documents.Documents;
import org.policydesk.documents.IssuedDocument;
import org.policydesk.documents.OutputStore;
import org.policydesk.handover.AccountDisposition;
import org.policydesk.handover.HandoverProcess;
import org.policydesk.handover.HandoverService;
import org.policydesk.handover.LeaverAssistance;
import org.policydesk.handover.SurrenderedItem;
import org.policydesk.people.Person;
import org.policydesk.people.PersonStatus;
import org.policydesk.school.HeadTeacherAbsences;
import org.policydesk.workflow.Groups;
import org.policydesk.workflow.NotEntitledException;
import org.policydesk.workflow.StaleTaskException;
import org.policydesk.workflow.UserTasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

class OfficialUseProcessTests extends ProcessTestSupport {

    @Autowired OfficialUseService officialUse;
    @Autowired AccountRegister accounts;
    @Autowired HeadTeacherAbsences absences;
    @Autowired HandoverService handovers;
    @Autowired Documents documents;
    @Autowired OutputStore output;

    @Test
    void employeeApprovedByHeadTeacherIsActiveOnceAccountsRecordedAndGuidanceAcknowledged() {
        Person sarah = person("sjones");
        long id = officialUse.request(actor("sjones"), sarah.id(), "Posting class news on the school Instagram");
        ProcessInstance instance = instance(KEY, id);
        assertThat(instance).isWaitingAt(TASK_DECIDE);
        assertThat(task(instance, TASK_DECIDE)).hasCandidateGroup(Groups.HEAD_TEACHER);

        officialUse.decide(actor("hellis"), task(instance, TASK_DECIDE).getId(), true, "Agreed for Year 5 news");
        assertThat(officialUse.get(id).status()).isEqualTo(OfficialUseStatus.ACTIVE);
        assertThat(officialUse.get(id).decidedBy()).isEqualTo("hellis");

        officialUse.recordAccounts(actor("sjones"), task(instance, TASK_RECORD_ACCOUNTS).getId(), List.of(
            new AccountDetails("Instagram", "@kestonprimary", "kestonprimary", Secret.of("Blue-Kite-47"))));
        officialUse.acknowledgeGuidance(actor("sjones"), task(instance, TASK_ACKNOWLEDGE_GUIDANCE).getId());

        assertThat(instance).isWaitingAt(WAITING_WHILE_ACTIVE);
        assertThat(officialUse.get(id).guidanceAcknowledgedAt()).isNotNull();
        assertThat(accounts.activeHeldBy(sarah.id())).extracting("platform", "handle")
            .containsExactly(org.assertj.core.groups.Tuple.tuple("Instagram", "@kestonprimary"));
        assertThat(officialUse.history(id)).extracting(StatusChange::status)
            .containsExactly(OfficialUseStatus.REQUESTED, OfficialUseStatus.ACTIVE);
        assertThat(auditActions(RECORD_TYPE, id)).containsExactly("official-use-requested",
            "official-use-approved", "document-issued", "guidance-acknowledged");
        IssuedDocument notice = documents.issuedFor(RECORD_TYPE, id).get(0);
        assertThat(notice.kind()).isEqualTo("approved");
        assertThat(pdfText(notice)).contains("Sarah Jones", "Posting class news on the school Instagram",
            "Helen Ellis", "OU-" + id);
    }

    @Test
    void headTeacherRefusalEndsTheRequestWithTheReasonRecorded() {
        long id = officialUse.request(actor("tbaker"), person("tbaker").id(), "Sports day photos");
        ProcessInstance instance = instance(KEY, id);

        officialUse.decide(actor("hellis"), task(instance, TASK_DECIDE).getId(), false, "Office posts sports news");

        assertThat(instance).isEnded().hasPassed("EndEvent_OfficialUseRefused");
        assertThat(documents.issuedFor(RECORD_TYPE, id)).extracting(IssuedDocument::kind).containsExactly("refused");
        assertThat(officialUse.get(id).status()).isEqualTo(OfficialUseStatus.REFUSED);
        assertThat(officialUse.history(id)).last().extracting(StatusChange::reason).isEqualTo("Office posts sports news");
    }

    @Test
    void staffMemberCannotApproveAndNothingChanges() {
        long id = officialUse.request(actor("tbaker"), person("tbaker").id(), "Sports day photos");
        Task decision = task(instance(KEY, id), TASK_DECIDE);

        assertThatThrownBy(() -> officialUse.decide(actor("zadams"), decision.getId(), true, "fine by me"))
            .isInstanceOf(NotEntitledException.class);

        assertThat(instance(KEY, id)).isWaitingAt(TASK_DECIDE);
        assertThat(officialUse.get(id).status()).isEqualTo(OfficialUseStatus.REQUESTED);
        assertThat(auditActions(RECORD_TYPE, id)).containsExactly("official-use-requested");
    }

    @Test
    void deputyMayApproveOnlyWhileAHeadTeacherAbsenceIsRecorded() {
        long id = officialUse.request(actor("zadams"), person("zadams").id(), "Nursery newsletter posts");
        Task decision = task(instance(KEY, id), TASK_DECIDE);

        assertThatThrownBy(() -> officialUse.decide(actor("dmensah"), decision.getId(), true, "ok"))
            .isInstanceOf(NotEntitledException.class).hasMessageContaining("absence");

        absences.record("keston", "dmensah", LocalDate.now().minusDays(1), LocalDate.now().plusDays(10),
            "Head Teacher on leave", "itadmin");
        officialUse.decide(actor("dmensah"), decision.getId(), true, "Approved during the Head Teacher's absence");

        assertThat(officialUse.get(id).status()).isEqualTo(OfficialUseStatus.ACTIVE);
        assertThat(officialUse.get(id).decidedBy()).isEqualTo("dmensah");
    }

    @Test
    void nobodyApprovesTheirOwnRequestEvenOutsidePolicyDesk() {
        absences.record("keston", "dmensah", LocalDate.now().minusDays(1), null, "Head Teacher on leave", "itadmin");
        long id = officialUse.request(actor("dmensah"), person("dmensah").id(), "Trips and visits");
        Task decision = task(instance(KEY, id), TASK_DECIDE);

        assertThatThrownBy(() -> officialUse.decide(actor("dmensah"), decision.getId(), true, "self"))
            .isInstanceOf(NotEntitledException.class).hasMessageContaining("Nobody may");
        // The engine refuses too when a task is completed around PolicyDesk (REST API, Tasklist).
        assertThatThrownBy(() -> taskService.complete(decision.getId(), Map.of(VAR_APPROVED, true)))
            .hasMessageContaining("must be completed through PolicyDesk");
        taskService.setVariableLocal(decision.getId(), UserTasks.COMPLETED_BY, "dmensah");
        assertThatThrownBy(() -> taskService.complete(decision.getId(), Map.of(VAR_APPROVED, true)))
            .hasMessageContaining("Nobody may decide about their own official use");

        assertThat(instance(KEY, id)).isWaitingAt(TASK_DECIDE);
        assertThat(officialUse.get(id).status()).isEqualTo(OfficialUseStatus.REQUESTED);
    }

    @Test
    void governorRequestIsDecidedByTheChairNotTheHeadTeacher() {
        long id = officialUse.request(actor("hnguyen"), person("hnguyen").id(), "Governor recruitment posts");
        ProcessInstance instance = instance(KEY, id);
        Task decision = task(instance, TASK_DECIDE);
        assertThat(decision).hasCandidateGroup(Groups.CHAIR_OF_GOVERNORS);

        assertThatThrownBy(() -> officialUse.decide(actor("hellis"), decision.getId(), true, "ok"))
            .isInstanceOf(NotEntitledException.class);
        officialUse.decide(actor("cwhitfield"), decision.getId(), true, "For the recruitment drive");

        assertThat(officialUse.get(id).status()).isEqualTo(OfficialUseStatus.ACTIVE);
    }

    @Test
    void theChairCannotAskBecauseNobodyCouldApproveThem() {
        assertThatThrownBy(() -> officialUse.request(actor("cwhitfield"), person("cwhitfield").id(), "Posts"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Chair");
    }

    @Test
    void aDecisionAlreadyTakenIsReportedAsStale() {
        long id = officialUse.request(actor("tbaker"), person("tbaker").id(), "Sports day photos");
        Task decision = task(instance(KEY, id), TASK_DECIDE);
        officialUse.decide(actor("hellis"), decision.getId(), false, "Not now");

        assertThatThrownBy(() -> officialUse.decide(actor("hellis"), decision.getId(), true, "Changed my mind"))
            .isInstanceOf(StaleTaskException.class).hasMessageContaining("already been completed");
        assertThat(officialUse.get(id).status()).isEqualTo(OfficialUseStatus.REFUSED);
    }

    @Test
    void overdueStepsRemindWhoeverHoldsThem() {
        long id = officialUse.request(actor("tbaker"), person("tbaker").id(), "Sports day photos");
        ProcessInstance instance = instance(KEY, id);

        fireTimer(instance, "BoundaryTimer_ApprovalReminder");
        officialUse.decide(actor("hellis"), task(instance, TASK_DECIDE).getId(), true, "Yes");
        fireTimer(instance, "BoundaryTimer_AccountsReminder");
        officialUse.recordAccounts(actor("okowalski"), task(instance, TASK_RECORD_ACCOUNTS).getId(), List.of(
            new AccountDetails("X", "@KestonSport", "kestonsport", Secret.of("Green-Lamp-12"))));
        fireTimer(instance, "BoundaryTimer_GuidanceReminder");

        assertThat(instance).hasPassed("EndEvent_ApproverReminded", "EndEvent_AccountDetailsReminded",
            "EndEvent_GuidanceReminded").isWaitingAt(TASK_ACKNOWLEDGE_GUIDANCE);
        assertThat(audit.entriesFor(RECORD_TYPE, id)).filteredOn(entry -> entry.action().equals("reminder-sent"))
            .extracting(entry -> entry.detail())
            .anySatisfy(detail -> assertThat(detail).contains("Approve or refuse").contains("group head-teacher"))
            .anySatisfy(detail -> assertThat(detail).contains("Acknowledge").contains("tbaker"))
            .hasSize(3);
    }

    @Test
    void suspensionStopsOfficialUseAndReinstatementResumesIt() {
        long id = activeOfficialUser("sjones");
        Person sarah = person("sjones");

        officialUse.recordSuspension(actor("hellis"), sarah.id(), "Suspended pending investigation");
        assertThat(officialUse.get(id).status()).isEqualTo(OfficialUseStatus.SUSPENDED);
        assertThat(people.get(sarah.id()).status()).isEqualTo(PersonStatus.SUSPENDED);
        assertThat(instance(KEY, id)).isWaitingAt(WAITING_WHILE_ACTIVE);

        officialUse.recordReinstatement(actor("hellis"), sarah.id(), "Investigation closed, no case to answer");
        assertThat(officialUse.get(id).status()).isEqualTo(OfficialUseStatus.ACTIVE);
        assertThat(officialUse.history(id)).extracting(StatusChange::status).containsExactly(
            OfficialUseStatus.REQUESTED, OfficialUseStatus.ACTIVE, OfficialUseStatus.SUSPENDED, OfficialUseStatus.ACTIVE);
        assertThat(auditActions(RECORD_TYPE, id)).contains("official-use-suspended", "official-use-active");
        assertThat(documents.issuedFor(RECORD_TYPE, id)).extracting(IssuedDocument::kind)
            .containsExactly("approved", "suspended", "resumed");
    }

    @Test
    void onlyTheChairMaySuspendTheHeadTeacher() {
        Person head = person("hellis");
        assertThatThrownBy(() -> officialUse.recordSuspension(actor("dmensah"), head.id(), "x"))
            .isInstanceOf(NotEntitledException.class);
        officialUse.recordSuspension(actor("cwhitfield"), head.id(), "Suspended by the governing board");
        assertThat(officialUse.currentFor(head.id()).orElseThrow().status()).isEqualTo(OfficialUseStatus.SUSPENDED);
    }

    @Test
    void chairRevokesTheHeadTeacherOnlyAfterRecordingTheGovernorsConsultation() {
        long id = officialUse.currentFor(person("hellis").id()).orElseThrow().id();
        ProcessInstance instance = instance(KEY, id);

        assertThatThrownBy(() -> officialUse.requestRevocation(actor("dmensah"), id, "x"))
            .isInstanceOf(NotEntitledException.class).hasMessageContaining("Chair");
        assertThatThrownBy(() -> officialUse.requestRevocation(actor("hellis"), id, "x"))
            .isInstanceOf(NotEntitledException.class).hasMessageContaining("Nobody may");

        officialUse.requestRevocation(actor("cwhitfield"), id, "Repeated breaches of the guidance");
        assertThat(instance).isWaitingAt(TASK_CONSULT_GOVERNORS);
        assertThat(officialUse.get(id).status()).isEqualTo(OfficialUseStatus.ACTIVE);

        officialUse.recordGovernorConsultation(actor("cwhitfield"), task(instance, TASK_CONSULT_GOVERNORS).getId(),
            true, "Full governing board consulted on 12 November; agreed unanimously");

        assertThat(officialUse.get(id).status()).isEqualTo(OfficialUseStatus.REVOKED);
        assertThat(instance).isWaitingAt("CallActivity_TerminationHandover");
        assertThat(auditActions(RECORD_TYPE, id)).containsSubsequence("official-use-revocation-requested",
            "governors-consulted-revocation-confirmed", "official-use-revoked");
    }

    @Test
    void chairWithdrawsARevocationTheGovernorsDoNotSupport() {
        long id = officialUse.currentFor(person("hellis").id()).orElseThrow().id();
        ProcessInstance instance = instance(KEY, id);
        officialUse.requestRevocation(actor("cwhitfield"), id, "Complaint received");

        officialUse.recordGovernorConsultation(actor("cwhitfield"), task(instance, TASK_CONSULT_GOVERNORS).getId(),
            false, "Governors found the complaint unfounded");

        assertThat(instance).isWaitingAt(WAITING_WHILE_ACTIVE);
        assertThat(officialUse.get(id).status()).isEqualTo(OfficialUseStatus.ACTIVE);
    }

    @Test
    void headTeacherRevokesAnEmployeeAtOnceAndTheHandoverStarts() {
        long id = activeOfficialUser("sjones");

        officialUse.requestRevocation(actor("hellis"), id, "Posted pupils' photos without consent");

        assertThat(officialUse.get(id).status()).isEqualTo(OfficialUseStatus.REVOKED);
        ProcessInstance instance = instance(KEY, id);
        assertThat(instance).isWaitingAt("CallActivity_TerminationHandover");
        IssuedDocument revoked = documents.issuedFor(RECORD_TYPE, id).get(1);
        assertThat(revoked.kind()).isEqualTo("revoked");
        assertThat(pdfText(revoked)).contains("Posted pupils' photos without consent");
        assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).count())
            .isEqualTo(1);
    }

    @Test
    void leavingEndsOfficialUseAndStartsTheHandover() {
        long id = activeOfficialUser("tbaker");

        officialUse.recordLeaving(actor("okowalski"), person("tbaker").id(), "Resigned, last day 31 December");

        assertThat(officialUse.get(id).status()).isEqualTo(OfficialUseStatus.ENDED);
        assertThat(people.get(person("tbaker").id()).status()).isEqualTo(PersonStatus.LEFT);
        ProcessInstance instance = instance(KEY, id);
        assertThat(instance).isWaitingAt("CallActivity_TerminationHandover");

        handovers.recordSurrender(actor("okowalski"), task(instance, HandoverProcess.TASK_SURRENDER).getId(),
            Set.of(SurrenderedItem.LOGIN_DETAILS, SurrenderedItem.PASSWORDS));
        handovers.rotateSecret(actor("okowalski"), task(instance, HandoverProcess.TASK_ROTATE_SECRET).getId(),
            Secret.of("Fresh-Owl-93"));
        handovers.transferOrCancel(actor("okowalski"), task(instance, HandoverProcess.TASK_TRANSFER_OR_CANCEL).getId(),
            AccountDisposition.CANCELLED, null, "Sports account no longer needed");
        handovers.recordLeaverAssistance(actor("okowalski"), task(instance, HandoverProcess.TASK_RECORD_ASSISTANCE).getId(),
            LeaverAssistance.FULL, "Handed everything over on the last day");

        assertThat(instance).isEnded().hasPassed("EndEvent_OfficialUseFinished");
        assertThat(accounts.activeHeldBy(person("tbaker").id())).isEmpty();
    }

    @Test
    void leavingBeforeTheDecisionWithdrawsTheRequest() {
        long id = officialUse.request(actor("zadams"), person("zadams").id(), "Nursery posts");

        officialUse.recordLeaving(actor("okowalski"), person("zadams").id(), "Contract ended");

        assertThat(officialUse.get(id).status()).isEqualTo(OfficialUseStatus.ENDED);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id))
            .processDefinitionKey(KEY).count()).isZero();
    }

    private String pdfText(IssuedDocument document) {
        try (PDDocument pdf = Loader.loadPDF(output.resolve(document.name()).toFile())) {
            return new PDFTextStripper().getText(pdf);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void revocationWhileAccountsAreStillBeingRecordedStopsTheSetUpAndStartsTheHandover() {
        long id = officialUse.request(actor("sjones"), person("sjones").id(), "Class news");
        ProcessInstance instance = instance(KEY, id);
        officialUse.decide(actor("hellis"), task(instance, TASK_DECIDE).getId(), true, "Agreed");

        officialUse.requestRevocation(actor("hellis"), id, "Changed circumstances before any posting");

        assertThat(instance).hasPassed("BoundaryMessage_RevokedWhileRecordingAccounts")
            .isWaitingAt("CallActivity_TerminationHandover");
        assertThat(officialUse.get(id).status()).isEqualTo(OfficialUseStatus.REVOKED);
    }

    @Test
    void leavingBeforeAcknowledgingTheGuidanceEndsOfficialUse() {
        long id = officialUse.request(actor("sjones"), person("sjones").id(), "Class news");
        ProcessInstance instance = instance(KEY, id);
        officialUse.decide(actor("hellis"), task(instance, TASK_DECIDE).getId(), true, "Agreed");
        officialUse.recordAccounts(actor("sjones"), task(instance, TASK_RECORD_ACCOUNTS).getId(), List.of(
            new AccountDetails("Instagram", "@kestonclass5", "kestonclass5", Secret.of("Blue-Kite-47"))));

        officialUse.recordLeaving(actor("okowalski"), person("sjones").id(), "Moved away");

        assertThat(instance).hasPassed("BoundaryMessage_LeftWhileAcknowledging").isWaitingAt("CallActivity_TerminationHandover");
        assertThat(officialUse.get(id).status()).isEqualTo(OfficialUseStatus.ENDED);
    }

    @Test
    void eachSetUpStepAcceptsLeavingAndRevocation() {
        long first = officialUse.request(actor("sjones"), person("sjones").id(), "Class news");
        officialUse.decide(actor("hellis"), task(instance(KEY, first), TASK_DECIDE).getId(), true, "Agreed");
        officialUse.recordLeaving(actor("okowalski"), person("sjones").id(), "Moved away");
        assertThat(instance(KEY, first)).hasPassed("BoundaryMessage_LeftWhileRecordingAccounts");

        long second = officialUse.request(actor("tbaker"), person("tbaker").id(), "Sports news");
        ProcessInstance instance = instance(KEY, second);
        officialUse.decide(actor("hellis"), task(instance, TASK_DECIDE).getId(), true, "Agreed");
        officialUse.recordAccounts(actor("tbaker"), task(instance, TASK_RECORD_ACCOUNTS).getId(), List.of(
            new AccountDetails("X", "@kestonsport", "kestonsport", Secret.of("Green-Lamp-12"))));
        officialUse.requestRevocation(actor("hellis"), second, "Sports posts move to the office");
        assertThat(instance).hasPassed("BoundaryMessage_RevokedWhileAcknowledging");
    }

    @Test
    void suspensionDuringSetUpSuspendsTheRecordAndLetsTheSetUpFinish() {
        long id = officialUse.request(actor("sjones"), person("sjones").id(), "Class news");
        ProcessInstance instance = instance(KEY, id);
        officialUse.decide(actor("hellis"), task(instance, TASK_DECIDE).getId(), true, "Agreed");

        officialUse.recordSuspension(actor("hellis"), person("sjones").id(), "Suspended pending investigation");
        assertThat(officialUse.get(id).status()).isEqualTo(OfficialUseStatus.SUSPENDED);
        assertThat(instance).isWaitingAt(TASK_RECORD_ACCOUNTS);

        officialUse.recordReinstatement(actor("hellis"), person("sjones").id(), "No case to answer");
        assertThat(officialUse.get(id).status()).isEqualTo(OfficialUseStatus.ACTIVE);
        assertThat(documents.issuedFor(RECORD_TYPE, id)).extracting(IssuedDocument::kind)
            .containsExactly("approved", "suspended", "resumed");
    }

    /** Takes a demo employee through request, approval, one account and guidance. */
    private long activeOfficialUser(String userId) {
        Person person = person(userId);
        long id = officialUse.request(actor(userId), person.id(), "Class news");
        ProcessInstance instance = instance(KEY, id);
        officialUse.decide(actor("hellis"), task(instance, TASK_DECIDE).getId(), true, "Agreed");
        officialUse.recordAccounts(actor(userId), task(instance, TASK_RECORD_ACCOUNTS).getId(), List.of(
            new AccountDetails("Instagram", "@keston" + userId, userId, Secret.of("Secret-" + userId + "-1"))));
        officialUse.acknowledgeGuidance(actor(userId), task(instance, TASK_ACKNOWLEDGE_GUIDANCE).getId());
        return id;
    }

    @TestConfiguration
    static class Coverage {
        @Bean
        @Primary
        ProcessEngineCoverageProperties coverage() {
            return fullCoverageOf(KEY);
        }
    }
}
