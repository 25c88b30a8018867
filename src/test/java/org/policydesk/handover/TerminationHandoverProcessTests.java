package org.policydesk.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.policydesk.handover.HandoverProcess.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.policydesk.documents.Documents;
import org.policydesk.documents.IssuedDocument;
import org.policydesk.documents.OutputStore;
import org.policydesk.ProcessTestSupport;
import org.policydesk.accounts.Account;
import org.policydesk.accounts.AccountDetails;
import org.policydesk.accounts.AccountRegister;
import org.policydesk.accounts.AccountStatus;
import org.policydesk.accounts.Secret;
import org.policydesk.officialuse.OfficialUseProcess;
import org.policydesk.officialuse.OfficialUseService;
import org.policydesk.people.Person;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Groups;
import org.policydesk.workflow.NotEntitledException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

class TerminationHandoverProcessTests extends ProcessTestSupport {

    @TestConfiguration
    static class Coverage {
        /** Primary: ProcessEngineCoverageConfiguration also registers a default, and the listener ignores both if two tie. */
        @Bean
        @Primary
        ProcessEngineCoverageProperties coverage() {
            return fullCoverageOf(HandoverProcess.KEY);
        }
    }

    @Autowired Documents documents;
    @Autowired OutputStore output;
    @Autowired HandoverService handovers;
    @Autowired AccountRegister accountRegister;
    @Autowired OfficialUseService officialUse;

    @Test
    void staffLeaverSurrendersTwoAccountsOneTransferredToTheHeadOneCancelled() throws Exception {
        Person leaver = person("sjones");
        long instagram = accountRegister.record(office(), leaver.id(), account("Instagram", "@keston.year5"));
        long x = accountRegister.record(office(), leaver.id(), account("X", "@KestonY5"));

        ProcessInstance instance = startHandover(leaver, "LEFT");
        long handoverId = handoverId(instance);

        assertThat(instance).isWaitingAt(TASK_SURRENDER).hasBusinessKey(String.valueOf(handoverId))
            .variables().containsEntry(VAR_RECORD_TYPE, RECORD_TYPE)
            .containsEntry(VAR_ESCALATION_GROUP, Groups.HEAD_TEACHER)
            .containsEntry(VAR_ACCOUNT_IDS, List.of(instagram, x));
        assertThat(handovers.steps(handoverId)).extracting(HandoverStep::accountId).containsExactly(instagram, x);
        Task surrender = stepTask(instance, TASK_SURRENDER, instagram);
        assertThat(candidates(surrender)).containsExactlyInAnyOrder("user sjones", "group office");
        assertThat(surrender.getDueDate()).isNotNull();

        handovers.recordSurrender(actor("sjones"), surrender.getId(),
            EnumSet.of(SurrenderedItem.LOGIN_DETAILS, SurrenderedItem.PASSWORDS));
        handovers.recordSurrender(office(), stepTask(instance, TASK_SURRENDER, x).getId(),
            EnumSet.of(SurrenderedItem.AUTHORISATION_DEVICES));
        handovers.rotateSecret(office(), stepTask(instance, TASK_ROTATE_SECRET, instagram).getId(), Secret.of("new-insta-pass"));
        handovers.rotateSecret(office(), stepTask(instance, TASK_ROTATE_SECRET, x).getId(), Secret.of("new-x-pass"));
        handovers.transferOrCancel(office(), stepTask(instance, TASK_TRANSFER_OR_CANCEL, instagram).getId(),
            AccountDisposition.TRANSFERRED, person("hellis").id(), "The Head Teacher runs the class accounts now.");
        handovers.transferOrCancel(office(), stepTask(instance, TASK_TRANSFER_OR_CANCEL, x).getId(),
            AccountDisposition.CANCELLED, null, "Year 5 no longer posts on X.");

        assertThat(instance).isWaitingAt(TASK_RECORD_ASSISTANCE);
        handovers.recordLeaverAssistance(office(), task(instance, TASK_RECORD_ASSISTANCE).getId(),
            LeaverAssistance.FULL, "Sarah came in on her last day to hand over.");

        assertThat(instance).hasPassed(SUBPROCESS_HAND_OVER_ACCOUNT, "ServiceTask_CloseHandover").isEnded();
        Account transferred = accountRegister.get(instagram);
        assertThat(transferred.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(transferred.holderPersonId()).isEqualTo(person("hellis").id());
        assertThat(accountRegister.get(x).status()).isEqualTo(AccountStatus.CANCELLED);
        assertThat(accountRegister.reveal(actor("hellis"), instagram, "test").reveal()).isEqualTo("new-insta-pass");
        assertThat(accountRegister.reveal(actor("hellis"), x, "test").reveal()).isEqualTo("new-x-pass");

        List<HandoverStep> steps = handovers.steps(handoverId);
        assertThat(steps).allSatisfy(step -> {
            assertThat(step.surrenderedAt()).isNotNull();
            assertThat(step.rotatedAt()).isNotNull();
            assertThat(step.rotatedBy()).isEqualTo("okowalski");
            assertThat(step.disposedAt()).isNotNull();
            assertThat(step.escalatedAt()).isNull();
            assertThat(step.pendingStep()).isNull();
        });
        assertThat(steps.get(0).surrenderedItems()).containsExactly(SurrenderedItem.LOGIN_DETAILS, SurrenderedItem.PASSWORDS);
        assertThat(steps.get(0).surrenderRecordedBy()).isEqualTo("sjones");
        assertThat(steps.get(0).disposition()).isEqualTo(AccountDisposition.TRANSFERRED);
        assertThat(steps.get(0).transferredTo()).isEqualTo(person("hellis").id());
        assertThat(steps.get(1).surrenderRecordedBy()).isEqualTo("okowalski");
        assertThat(steps.get(1).disposition()).isEqualTo(AccountDisposition.CANCELLED);
        assertThat(steps.get(1).transferredTo()).isNull();
        for (Account account : List.of(transferred, accountRegister.get(x))) {
            assertThat(account.lastRotatedAt()).isAfterOrEqualTo(account.recordedAt());
            assertThat(auditActions("account", account.id())).contains("account-secret-rotated");
        }

        Handover handover = handovers.get(handoverId);
        assertThat(handover.status()).isEqualTo(HandoverStatus.COMPLETE);
        assertThat(handover.completedAt()).isNotNull();
        assertThat(handover.reason()).isEqualTo(HandoverReason.LEFT);
        assertThat(handover.leaverAssistance()).isEqualTo(LeaverAssistance.FULL);
        assertThat(handover.outcome())
            .contains("Instagram @keston.year5: surrendered login details, passwords; password or token changed; "
                + "transferred to Helen Ellis.")
            .contains("X @KestonY5: surrendered authorisation devices; password or token changed; cancelled.")
            .contains("Leaver's assistance: full.");
        assertThat(handovers.register("keston")).extracting(Handover::id).contains(handoverId);
        IssuedDocument certificate = documents.issuedFor(RECORD_TYPE, handoverId).get(0);
        assertThat(certificate.kind()).isEqualTo("handover-certificate");
        try (PDDocument pdf = Loader.loadPDF(output.resolve(certificate.name()).toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Sarah Jones", "Instagram", "@keston.year5",
                "Transferred", "Helen Ellis", "Cancelled", "Head Teacher").doesNotContain("new-insta-pass", "new-x-pass");
        }
        assertThat(auditActions(RECORD_TYPE, handoverId)).containsExactly("handover-opened",
            "handover-credentials-surrendered", "handover-credentials-surrendered",
            "handover-secret-rotated", "handover-secret-rotated",
            "handover-account-transferred", "handover-account-cancelled",
            "handover-assistance-recorded", "handover-completed", "document-issued");
    }

    @Test
    void headTeacherLeavingEscalatesEveryOverdueStepToTheChairOfGovernors() {
        Person head = person("hellis");
        List<Account> held = accountRegister.activeHeldBy(head.id());
        assertThat(held).extracting(Account::platform).containsExactly("Facebook");
        long facebook = held.get(0).id();

        ProcessInstance instance = startHandover(head, "REVOKED");
        long handoverId = handoverId(instance);
        assertThat(instance).variables().containsEntry(VAR_ESCALATION_GROUP, Groups.CHAIR_OF_GOVERNORS);

        fireTimer(instance, TIMER_SURRENDER_OVERDUE);
        Task chase = task(instance, TASK_CHASE_OVERDUE_STEP);
        assertThat(candidates(chase)).containsExactly("group chair-of-governors");
        assertThat(handovers.steps(handoverId).get(0).escalatedAt()).isNotNull();
        assertThatThrownBy(() -> handovers.chaseOverdueStep(actor("dmensah"), chase.getId(), "Rang her."))
            .isInstanceOf(NotEntitledException.class);
        handovers.chaseOverdueStep(actor("cwhitfield"), chase.getId(), "Asked Helen to hand over the Facebook login.");
        assertThat(tasks(instance, TASK_CHASE_OVERDUE_STEP)).isEmpty();

        handovers.recordSurrender(head(), task(instance, TASK_SURRENDER).getId(),
            EnumSet.of(SurrenderedItem.LOGIN_DETAILS, SurrenderedItem.PASSWORDS, SurrenderedItem.TOKENS));
        fireTimer(instance, TIMER_ROTATION_OVERDUE);
        handovers.rotateSecret(office(), task(instance, TASK_ROTATE_SECRET).getId(), Secret.of("new-facebook-pass"));

        fireTimer(instance, TIMER_TRANSFER_OR_CANCEL_OVERDUE);
        assertThat(tasks(instance, TASK_CHASE_OVERDUE_STEP)).as("one chase per overdue step still open").hasSize(2);
        handovers.transferOrCancel(office(), task(instance, TASK_TRANSFER_OR_CANCEL).getId(),
            AccountDisposition.TO_SCHOOL_OFFICE, null, "The office holds it until a new Head Teacher starts.");

        assertThat(tasks(instance, TASK_CHASE_OVERDUE_STEP)).as("chases end with the account's handover").isEmpty();
        assertThat(instance).isWaitingAt(TASK_RECORD_ASSISTANCE);
        handovers.recordLeaverAssistance(office(), task(instance, TASK_RECORD_ASSISTANCE).getId(),
            LeaverAssistance.PARTIAL, "Handed over the login only after the Chair chased.");
        assertThat(instance).isEnded();

        Account account = accountRegister.get(facebook);
        assertThat(account.holderPersonId()).isNull();
        assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
        HandoverStep step = handovers.steps(handoverId).get(0);
        assertThat(step.disposition()).isEqualTo(AccountDisposition.TO_SCHOOL_OFFICE);
        assertThat(step.surrenderRecordedBy()).isEqualTo("hellis");
        Handover handover = handovers.get(handoverId);
        assertThat(handover.reason()).isEqualTo(HandoverReason.REVOKED);
        assertThat(handover.outcome()).contains("Facebook facebook.com/KestonPrimary: surrendered login details, "
            + "passwords, tokens; password or token changed; transferred to the school office.");
        assertThat(audit.entriesFor(RECORD_TYPE, handoverId)).filteredOn(e -> e.action().equals("handover-step-escalated"))
            .hasSize(3).allSatisfy(e -> assertThat(e.detail()).contains("Chair of Governors"));
        assertThat(auditActions(RECORD_TYPE, handoverId)).contains("handover-step-chased", "handover-completed");
    }

    @Test
    void leaverWithNoAccountsGoesStraightToTheirAssistanceAndTheOfficeIsReminded() {
        Person leaver = person("tbaker");
        ProcessInstance instance = startHandover(leaver, "LEFT");
        long handoverId = handoverId(instance);

        assertThat(instance).isWaitingAt(TASK_RECORD_ASSISTANCE).hasPassed(SUBPROCESS_HAND_OVER_ACCOUNT + "#multiInstanceBody")
            .hasNotPassed(TASK_SURRENDER);
        fireTimer(instance, TIMER_ASSISTANCE_REMINDER);
        assertThat(auditActions(RECORD_TYPE, handoverId)).contains("reminder-sent");

        handovers.recordLeaverAssistance(office(), task(instance, TASK_RECORD_ASSISTANCE).getId(),
            LeaverAssistance.NONE, "Held no school accounts.");
        assertThat(instance).isEnded();
        assertThat(handovers.steps(handoverId)).isEmpty();
        assertThat(handovers.get(handoverId).outcome())
            .isEqualTo("Tom Baker held no school accounts; nothing to hand over. Leaver's assistance: none.");
        assertThat(auditActions(RECORD_TYPE, handoverId))
            .containsExactly("handover-opened", "reminder-sent", "handover-assistance-recorded", "handover-completed",
                "document-issued");
    }

    @Test
    void secretGivenToRotationNeverReachesAProcessVariableOrHistory() {
        Person leaver = person("dmensah");
        long account = accountRegister.record(office(), leaver.id(), account("YouTube", "youtube.com/@KestonPrimary"));
        ProcessInstance instance = startHandover(leaver, "LEFT");
        String planted = "planted-" + UUID.randomUUID();

        handovers.recordSurrender(actor("dmensah"), task(instance, TASK_SURRENDER).getId(), EnumSet.of(SurrenderedItem.PASSWORDS));
        handovers.rotateSecret(office(), task(instance, TASK_ROTATE_SECRET).getId(), Secret.of(planted));
        handovers.transferOrCancel(office(), task(instance, TASK_TRANSFER_OR_CANCEL).getId(),
            AccountDisposition.CANCELLED, null, "Channel closed.");
        handovers.recordLeaverAssistance(office(), task(instance, TASK_RECORD_ASSISTANCE).getId(),
            LeaverAssistance.FULL, "Helpful.");
        assertThat(instance).isEnded();

        List<Object> stored = new ArrayList<>();
        historyService.createHistoricVariableInstanceQuery().list().forEach(v -> stored.add(v.getValue()));
        historyService.createHistoricDetailQuery().variableUpdates().list()
            .forEach(d -> stored.add(((HistoricVariableUpdate) d).getValue()));
        runtimeService.createVariableInstanceQuery().list().forEach(v -> stored.add(v.getValue()));
        audit.entriesFor(RECORD_TYPE, handoverId(instance)).forEach(e -> stored.add(e.detail() + " " + e.reason()));
        audit.entriesFor("account", account).forEach(e -> stored.add(e.detail() + " " + e.reason()));

        assertThat(stored).isNotEmpty().allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(planted));
        assertThat(accountRegister.reveal(actor("hellis"), account, "check the rotation").reveal()).isEqualTo(planted);
    }

    @Test
    void refusedStepsChangeNothing() {
        Person leaver = person("ppatel");
        long account = accountRegister.record(office(), leaver.id(), account("Facebook", "facebook.com/KestonPTA"));
        ProcessInstance instance = startHandover(leaver, "LEFT");
        long handoverId = handoverId(instance);
        String surrender = task(instance, TASK_SURRENDER).getId();

        assertThatThrownBy(() -> handovers.recordSurrender(actor("tbaker"), surrender, EnumSet.of(SurrenderedItem.PASSWORDS)))
            .isInstanceOf(NotEntitledException.class);
        assertThatThrownBy(() -> handovers.recordSurrender(actor("ppatel"), surrender, Set.of()))
            .hasMessageContaining("Tick at least one");
        handovers.recordSurrender(actor("ppatel"), surrender, EnumSet.of(SurrenderedItem.LOGIN_DETAILS));

        String rotate = task(instance, TASK_ROTATE_SECRET).getId();
        assertThatThrownBy(() -> handovers.rotateSecret(actor("ppatel"), rotate, Secret.of("mine")))
            .isInstanceOf(NotEntitledException.class);
        assertThatThrownBy(() -> handovers.rotateSecret(actor("hellis"), rotate, Secret.of("mine")))
            .isInstanceOf(NotEntitledException.class);
        assertThatThrownBy(() -> handovers.rotateSecret(office(), rotate, null)).hasMessageContaining("new password");
        handovers.rotateSecret(office(), rotate, Secret.of("rotated"));

        String dispose = task(instance, TASK_TRANSFER_OR_CANCEL).getId();
        assertThatThrownBy(() -> handovers.transferOrCancel(office(), dispose, AccountDisposition.TRANSFERRED,
            person("sobrien").id(), "Governor will post.")).hasMessageContaining("not an active official user");
        assertThatThrownBy(() -> handovers.transferOrCancel(office(), dispose, AccountDisposition.TRANSFERRED,
            leaver.id(), "Back to her.")).hasMessageContaining("cannot be transferred back");
        assertThatThrownBy(() -> handovers.transferOrCancel(office(), dispose, AccountDisposition.TRANSFERRED,
            null, "To whom?")).hasMessageContaining("Choose the official user");
        assertThatThrownBy(() -> handovers.transferOrCancel(office(), dispose, AccountDisposition.CANCELLED, null, " "))
            .hasMessageContaining("reason");
        assertThatThrownBy(() -> handovers.chaseOverdueStep(actor("hellis"), dispose, "wrong form"))
            .hasMessageContaining("not the one this form records");

        assertThat(accountRegister.get(account).status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(accountRegister.get(account).holderPersonId()).isEqualTo(leaver.id());
        HandoverStep step = handovers.steps(handoverId).get(0);
        assertThat(step.disposition()).isNull();
        assertThat(step.pendingStep()).isEqualTo(TASK_TRANSFER_OR_CANCEL);
        assertThat(instance).isWaitingAt(TASK_TRANSFER_OR_CANCEL);
        assertThat(auditActions(RECORD_TYPE, handoverId))
            .containsExactly("handover-opened", "handover-credentials-surrendered", "handover-secret-rotated");

        handovers.transferOrCancel(office(), dispose, AccountDisposition.CANCELLED, null, "The PTA runs its own page.");
        String assistance = task(instance, TASK_RECORD_ASSISTANCE).getId();
        assertThatThrownBy(() -> handovers.recordLeaverAssistance(office(), assistance, null, "note"))
            .hasMessageContaining("assisted fully");
        handovers.recordLeaverAssistance(office(), assistance, LeaverAssistance.FULL, "Helpful.");
        assertThat(instance).isEnded();
    }

    @Test
    void officialUserLeavingStartsTheHandoverFromTheOfficialUseProcess() {
        Person leaver = person("zadams");
        long officialUserId = officialUse.request(actor("zadams"), leaver.id(), "Posting class photos for Reception.");
        ProcessInstance officialUseInstance = instance(OfficialUseProcess.KEY, officialUserId);
        officialUse.decide(actor("hellis"), task(officialUseInstance, OfficialUseProcess.TASK_DECIDE).getId(), true, "Fine.");
        officialUse.recordAccounts(actor("zadams"), task(officialUseInstance, OfficialUseProcess.TASK_RECORD_ACCOUNTS).getId(),
            List.of(account("Instagram", "@keston.reception")));
        officialUse.acknowledgeGuidance(actor("zadams"),
            task(officialUseInstance, OfficialUseProcess.TASK_ACKNOWLEDGE_GUIDANCE).getId());

        officialUse.recordLeaving(office(), leaver.id(), "Moved to another school.");

        ProcessInstance handover = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY)
            .superProcessInstanceId(officialUseInstance.getId()).singleResult();
        long handoverId = handoverId(handover);
        assertThat(handover).hasBusinessKey(String.valueOf(handoverId)).isWaitingAt(TASK_SURRENDER)
            .variables().containsEntry(VAR_HANDOVER_REASON, "LEFT").containsEntry(VAR_SCHOOL_ID, "keston");
        assertThat(handovers.get(handoverId).leaverPersonId()).isEqualTo(leaver.id());

        handovers.recordSurrender(actor("zadams"), task(handover, TASK_SURRENDER).getId(), EnumSet.allOf(SurrenderedItem.class));
        handovers.rotateSecret(office(), task(handover, TASK_ROTATE_SECRET).getId(), Secret.of("reception-2"));
        handovers.transferOrCancel(office(), task(handover, TASK_TRANSFER_OR_CANCEL).getId(),
            AccountDisposition.TO_SCHOOL_OFFICE, null, "Reception's new teacher will ask for official use.");
        handovers.recordLeaverAssistance(office(), task(handover, TASK_RECORD_ASSISTANCE).getId(),
            LeaverAssistance.FULL, "All handed over.");

        assertThat(handover).isEnded();
        assertThat(officialUseInstance).isEnded();
        assertThat(handovers.get(handoverId).status()).isEqualTo(HandoverStatus.COMPLETE);
    }

    private ProcessInstance startHandover(Person leaver, String reason) {
        return runtimeService.startProcessInstanceByKey(KEY, Map.of(VAR_SCHOOL_ID, leaver.schoolId(),
            VAR_LEAVER_PERSON_ID, leaver.id(), VAR_HANDOVER_REASON, reason));
    }

    private long handoverId(ProcessInstance instance) {
        return ((Number) historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
            .variableName(VAR_HANDOVER_ID).singleResult().getValue()).longValue();
    }

    /** The open task of this kind for one account of the handover. */
    private Task stepTask(ProcessInstance instance, String taskKey, long accountId) {
        List<Task> found = tasks(instance, taskKey).stream()
            .filter(task -> ((Number) taskService.getVariable(task.getId(), VAR_ACCOUNT_ID)).longValue() == accountId)
            .toList();
        assertThat(found).as("open %s tasks for account %s", taskKey, accountId).hasSize(1);
        return found.get(0);
    }

    private List<String> candidates(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
            .map(link -> link.getGroupId() != null ? "group " + link.getGroupId() : "user " + link.getUserId())
            .toList();
    }

    private Actor office() {
        return actor("okowalski");
    }

    private Actor head() {
        return actor("hellis");
    }

    private static AccountDetails account(String platform, String handle) {
        return new AccountDetails(platform, handle, "login@keston.example.org", Secret.of(UUID.randomUUID().toString()));
    }
}
