package org.policydesk.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.policydesk.subjectaccess.SubjectAccessProcess.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.junit.jupiter.api.Test;
import org.policydesk.ProcessTestSupport;
import org.policydesk.documents.Documents;
import org.policydesk.documents.IssuedDocument;
import org.policydesk.documents.OutputStore;
import org.policydesk.people.Person;
import org.policydesk.people.PersonKind;
import org.policydesk.workflow.NotEntitledException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

class SubjectAccessRequestProcessTests extends ProcessTestSupport {

    @TestConfiguration
    static class Coverage {
        /** Primary: ProcessEngineCoverageConfiguration also registers a default, and the listener ignores both if two tie. */
        @Bean
        @Primary
        ProcessEngineCoverageProperties coverage() {
            return fullCoverageOf(SubjectAccessProcess.KEY);
        }
    }

    @Autowired SubjectAccess subjectAccess;
    @Autowired Documents documents;
    @Autowired OutputStore output;

    @Test
    void requestReceivedOn31JanuaryIsDueOn28FebruaryRemindedThenCheckedAndSent() {
        Person emma = parent("Emma Brown");
        long id = subjectAccess.start(actor("okowalski"), emma.id(), null, LocalDate.of(2026, 1, 31), ReceivedHow.EMAIL);

        ProcessInstance instance = instance(KEY, id);
        assertThat(instance).hasPassed(TASK_PRODUCE_PACK).isWaitingAt(TASK_CHECK_AND_SEND)
            .hasBusinessKey(String.valueOf(id)).variables().containsEntry(VAR_RECORD_TYPE, RECORD_TYPE)
            .containsEntry(VAR_RECEIVED_ON, "2026-01-31");
        Task check = task(instance, TASK_CHECK_AND_SEND);
        assertThat(dueDay(check)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(check.getName()).isEqualTo("Check and send the response");
        assertThat(candidateGroups(check)).containsExactlyInAnyOrder("head-teacher", "office");

        SubjectAccessRequest request = subjectAccess.get(actor("okowalski"), id);
        assertThat(request.status()).isEqualTo(RequestStatus.PACK_READY);
        assertThat(request.dueOn()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(request.receivedHow()).isEqualTo(ReceivedHow.EMAIL);
        assertThat(request.askedBy()).isNull();
        assertThat(request.packProducedAt()).isNotNull();
        assertThat(documents.issuedFor(RECORD_TYPE, id)).extracting(IssuedDocument::kind)
            .containsExactly("subject-access-summary", "subject-access-pack");
        assertThat(output.exists(request.packName())).isTrue();
        assertThat(request.packName()).endsWith(".zip");
        assertThat(output.exists(request.summaryName())).isTrue();

        fireTimer(instance, TIMER_RESPONSE_REMINDER);
        assertThat(instance).hasPassed(TASK_REMIND, "EndEvent_ResponderReminded").isWaitingAt(TASK_CHECK_AND_SEND);

        subjectAccess.recordSent(actor("hellis"), check.getId(), LocalDate.of(2026, 2, 20), SentHow.EMAIL,
            "Checked every record; the letters name only Emma and Amelia.");

        assertThat(instance).hasPassed(TASK_CHECK_AND_SEND, END_SENT).isEnded();
        SubjectAccessRequest sent = subjectAccess.get(actor("hellis"), id);
        assertThat(sent.status()).isEqualTo(RequestStatus.SENT);
        assertThat(sent.sentBy()).isEqualTo("hellis");
        assertThat(sent.sentOn()).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(sent.sentHow()).isEqualTo(SentHow.EMAIL);
        assertThat(sent.responseNote()).startsWith("Checked every record");
        assertThat(auditActions(RECORD_TYPE, id)).containsExactly("subject-access-request-received",
            "document-issued", "document-issued", "subject-access-pack-produced", "reminder-sent",
            "subject-access-response-sent");
        assertThat(audit.entriesFor(RECORD_TYPE, id).get(0).detail())
            .isEqualTo("Subject access request about Emma Brown, received 31 January 2026 (by email); "
                + "response due 28 February 2026");
    }

    @Test
    void requestReceivedOn31JanuaryOfALeapYearIsDueOn29February() {
        long id = subjectAccess.start(actor("hellis"), person("sjones").id(), "Her solicitor, Ms Khan",
            LocalDate.of(2024, 1, 31), ReceivedHow.LETTER);

        assertThat(dueDay(task(instance(KEY, id), TASK_CHECK_AND_SEND))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(subjectAccess.get(actor("hellis"), id).dueOn()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(SubjectAccessDeadlines.dueOn(LocalDate.of(2026, 3, 15))).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(SubjectAccessDeadlines.dueOn(LocalDate.of(2026, 8, 31))).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void theAdministratorMayRecordARequestButOnlyTheHeadOrTheOfficeMaySendIt() {
        long id = subjectAccess.start(actor("itadmin"), parent("Emma Brown").id(), null, LocalDate.now().minusDays(2),
            ReceivedHow.IN_PERSON);
        Task check = task(instance(KEY, id), TASK_CHECK_AND_SEND);

        assertThatThrownBy(() -> subjectAccess.recordSent(actor("itadmin"), check.getId(), LocalDate.now(),
            SentHow.POST, null)).isInstanceOf(NotEntitledException.class);
        assertThatThrownBy(() -> subjectAccess.recordSent(actor("okowalski"), check.getId(),
            LocalDate.now().minusDays(3), SentHow.POST, null))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the request was received");

        assertThat(instance(KEY, id)).isWaitingAt(TASK_CHECK_AND_SEND);
        assertThat(subjectAccess.get(actor("okowalski"), id).status()).isEqualTo(RequestStatus.PACK_READY);
        assertThat(auditActions(RECORD_TYPE, id)).doesNotContain("subject-access-response-sent");
    }

    @Test
    void governorsAndStaffCannotStartARequestAndNothingIsRecorded() {
        long emma = parent("Emma Brown").id();
        for (String userId : List.of("cwhitfield", "sjones", "dmensah")) {
            assertThatThrownBy(() -> subjectAccess.start(actor(userId), emma, null, LocalDate.now(), ReceivedHow.EMAIL))
                .isInstanceOf(NotEntitledException.class).hasMessageContaining("Only the Head Teacher, the office");
        }
        assertThatThrownBy(() -> subjectAccess.start(actor("okowalski"), emma, null, LocalDate.now().plusDays(1),
            ReceivedHow.EMAIL)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("future");

        assertThat(jdbc.sql("select count(*) from subject_access_request").query(Long.class).single()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isZero();
    }

    private List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId).toList();
    }

    private static LocalDate dueDay(Task task) {
        return task.getDueDate().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    private Person parent(String name) {
        return people.ofKind("keston", PersonKind.PARENT).stream().filter(person -> person.fullName().equals(name))
            .findFirst().orElseThrow();
    }
}
