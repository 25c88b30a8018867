package org.policydesk.acknowledgements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.policydesk.acknowledgements.AcknowledgementProcess.*;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.junit.jupiter.api.Test;
import org.policydesk.ProcessTestSupport;
import org.policydesk.people.Person;
import org.policydesk.people.PersonKind;
import org.policydesk.people.PersonStatus;
import org.policydesk.workflow.NotEntitledException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

class AcknowledgementRoundProcessTests extends ProcessTestSupport {

    @TestConfiguration
    static class Coverage {
        /** Primary: ProcessEngineCoverageConfiguration also registers a default, and the listener ignores both if two tie. */
        @Bean
        @Primary
        ProcessEngineCoverageProperties coverage() {
            return fullCoverageOf(AcknowledgementProcess.KEY);
        }
    }

    @Autowired AcknowledgementService acknowledgements;

    @Test
    void policyRoundRemindsOnlyThoseOutstandingUntilEveryEmployeeAndGovernorHasAcknowledged() {
        List<String> everyone = currentStaffAndGovernorSignIns();
        assertThat(everyone).hasSize(11).contains("hellis", "itadmin", "cwhitfield", "sobrien");

        long roundId = acknowledgements.startPolicyRound(actor("ppatel"));
        ProcessInstance instance = instance(KEY, roundId);
        Map<String, Task> tasks = tasksByAssignee(instance);
        assertThat(tasks).containsOnlyKeys(everyone);
        assertThat(tasks.values()).allSatisfy(task -> {
            assertThat(task.getName()).isEqualTo("Acknowledge the Social Media Policy");
            assertThat(task.getDueDate()).isAfter(inDays(13)).isBefore(inDays(15));
        });
        assertThat(acknowledgements.coverage(roundId).outstanding()).hasSize(11);

        List.of("hellis", "sjones", "cwhitfield").forEach(userId -> acknowledge(userId, tasks));
        fireTimer(instance, TIMER_REMINDER);
        acknowledge("tbaker", tasks);
        fireTimer(instance, TIMER_REMINDER);

        Map<String, Integer> reminders = acknowledgements.coverage(roundId).outstanding().stream()
            .collect(Collectors.toMap(RoundCoverage.Entry::fullName, RoundCoverage.Entry::remindersSent));
        assertThat(reminders).hasSize(7).allSatisfy((name, sent) -> assertThat(sent).as(name).isEqualTo(2));
        assertThat(acknowledgements.coverage(roundId).acknowledged())
            .extracting(RoundCoverage.Entry::fullName, RoundCoverage.Entry::remindersSent)
            .containsExactlyInAnyOrder(tuple("Helen Ellis", 0),
                tuple("Sarah Jones", 0),
                tuple("Catherine Whitfield", 0),
                tuple("Tom Baker", 1));
        assertThat(instance).isWaitingAt(TASK_ACKNOWLEDGE).hasPassed(SERVICE_TASK_REMIND);

        everyone.stream().filter(userId -> !List.of("hellis", "sjones", "cwhitfield", "tbaker").contains(userId))
            .forEach(userId -> acknowledge(userId, tasks));

        assertThat(instance).hasPassed(SERVICE_TASK_COMPLETE).isEnded();
        RoundCoverage coverage = acknowledgements.coverage(roundId);
        assertThat(coverage.complete()).isTrue();
        assertThat(coverage.acknowledged()).hasSize(11).allSatisfy(entry -> assertThat(entry.acknowledgedAt()).isNotNull());
        Round round = acknowledgements.get(roundId);
        assertThat(round.completedAt()).isNotNull();
        assertThat(round.subject()).isEqualTo(AcknowledgementSubject.POLICY);
        assertThat(round.startedBy()).isEqualTo("ppatel");
        List<String> actions = auditActions(RECORD_TYPE, roundId);
        assertThat(actions).first().isEqualTo("acknowledgement-round-started");
        assertThat(actions).last().isEqualTo("acknowledgement-round-completed");
        assertThat(actions).filteredOn("acknowledged"::equals).hasSize(11);
        assertThat(actions).filteredOn("acknowledgement-reminder"::equals).hasSize(8 + 7);
    }

    @Test
    void guidanceRoundReachesOnlyActiveOfficialUsers() {
        long roundId = acknowledgements.issueGuidance(actor("dmensah"), "Spring term",
            "Never name a pupil in a post; photos only with the consent on file.");
        ProcessInstance instance = instance(KEY, roundId);

        Task task = task(instance, TASK_ACKNOWLEDGE);
        assertThat(task.getAssignee()).isEqualTo("hellis");
        assertThat(task.getName()).isEqualTo("Acknowledge the new rules and guidance for official use");
        assertThat(task.getDueDate()).isAfter(inDays(6)).isBefore(inDays(8));
        assertThat(acknowledgements.coverage(roundId).outstanding()).extracting(RoundCoverage.Entry::fullName)
            .containsExactly("Helen Ellis");

        acknowledgements.acknowledge(actor("hellis"), task.getId());

        assertThat(instance).isEnded();
        Round round = round(roundId);
        assertThat(round.subject()).isEqualTo(AcknowledgementSubject.GUIDANCE);
        assertThat(round.completedAt()).isNotNull();
        assertThat(acknowledgements.guidanceVersions("keston")).singleElement().satisfies(guidance -> {
            assertThat(guidance.id()).isEqualTo(round.guidanceVersionId());
            assertThat(guidance.label()).isEqualTo("Spring term");
            assertThat(guidance.issuedBy()).isEqualTo("dmensah");
        });
        assertThat(audit.entriesFor(RECORD_TYPE, roundId)).filteredOn(e -> e.action().equals("acknowledged"))
            .singleElement().satisfies(e -> assertThat(e.detail()).contains("'Spring term'"));
        assertThat(auditActions("guidance-version", round.guidanceVersionId())).containsExactly("guidance-issued");
    }

    @Test
    void nobodyAcknowledgesForSomeoneElse() {
        long roundId = acknowledgements.startPolicyRound(actor("hellis"));
        Map<String, Task> tasks = tasksByAssignee(instance(KEY, roundId));
        String sarahs = tasks.get("sjones").getId();

        assertThatThrownBy(() -> acknowledgements.acknowledge(actor("okowalski"), sarahs))
            .isInstanceOf(NotEntitledException.class);
        assertThatThrownBy(() -> acknowledgements.acknowledge(actor("hellis"), sarahs))
            .isInstanceOf(NotEntitledException.class);

        assertThat(acknowledgements.coverage(roundId).acknowledged()).isEmpty();
        assertThat(taskService.createTaskQuery().taskId(sarahs).count()).isEqualTo(1);
        assertThat(auditActions(RECORD_TYPE, roundId)).containsExactly("acknowledgement-round-started");
    }

    @Test
    void onlyTheEntitledStartRoundsOrIssueGuidanceAndOnePolicyRoundRunsAtATime() {
        assertThatThrownBy(() -> acknowledgements.startPolicyRound(actor("sjones")))
            .isInstanceOf(NotEntitledException.class);
        assertThatThrownBy(() -> acknowledgements.issueGuidance(actor("ppatel"), "Clerk's", "Not theirs to issue."))
            .isInstanceOf(NotEntitledException.class);
        assertThatThrownBy(() -> acknowledgements.issueGuidance(actor("dmensah"), " ", "No label."))
            .hasMessageContaining("label");
        assertThat(acknowledgements.rounds("keston")).isEmpty();
        assertThat(acknowledgements.guidanceVersions("keston")).isEmpty();

        long first = acknowledgements.startPolicyRound(actor("dmensah"));
        assertThatThrownBy(() -> acknowledgements.startPolicyRound(actor("ppatel")))
            .hasMessageContaining("round " + first + " is still open");
        assertThat(acknowledgements.rounds("keston")).extracting(Round::id).containsExactly(first);
    }

    private Round round(long roundId) {
        return acknowledgements.get(roundId);
    }

    private List<String> currentStaffAndGovernorSignIns() {
        return Stream.of(PersonKind.EMPLOYEE, PersonKind.GOVERNOR)
            .flatMap(kind -> people.ofKind("keston", kind).stream())
            .filter(person -> person.status() == PersonStatus.CURRENT && person.userId() != null)
            .map(Person::userId).toList();
    }

    private Map<String, Task> tasksByAssignee(ProcessInstance instance) {
        return tasks(instance, TASK_ACKNOWLEDGE).stream().collect(Collectors.toMap(Task::getAssignee, Function.identity()));
    }

    private void acknowledge(String userId, Map<String, Task> tasks) {
        acknowledgements.acknowledge(actor(userId), tasks.get(userId).getId());
    }

    private static Date inDays(int days) {
        return new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofDays(days).toMillis());
    }
}
