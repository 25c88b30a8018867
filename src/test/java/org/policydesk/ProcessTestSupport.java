package org.policydesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.BeforeEach;
import org.policydesk.audit.AuditEntry;
import org.policydesk.audit.AuditTrail;
import org.policydesk.demo.DemoSchool;
import org.policydesk.people.People;
import org.policydesk.people.Person;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Actors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Base of the process tests: the whole application on an in-memory H2 database with the demo
 * school loaded, the job executor off (tests fire timers by executing their jobs), and process
 * test coverage recorded under {@code target/process-test-coverage}. Each subclass declares a
 * {@code @Primary} bean returning {@link #fullCoverageOf} for the process it covers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles("test")
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public abstract class ProcessTestSupport {

    private static final List<String> PROCESSES =
        List.of("official-use", "termination-handover", "comment-escalation", "acknowledgement-round",
            "subject-access-request");

    /**
     * Coverage settings for a test class that must cover every flow node and sequence flow of one
     * process; the processes it only touches on the way are left out of its ratio. Subclasses
     * return this from a {@code @Primary} bean (the coverage configuration registers a default one).
     */
    protected static ProcessEngineCoverageProperties fullCoverageOf(String processKey) {
        return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(1.0)
            .excludeProcessDefinitionKeys(PROCESSES.stream().filter(key -> !key.equals(processKey))
                .toArray(String[]::new))
            .build();
    }

    @Autowired protected ProcessEngine processEngine;
    @Autowired protected RuntimeService runtimeService;
    @Autowired protected TaskService taskService;
    @Autowired protected ManagementService managementService;
    @Autowired protected HistoryService historyService;
    @Autowired protected Actors actors;
    @Autowired protected People people;
    @Autowired protected AuditTrail audit;

    @Autowired protected DemoSchool demoSchool;

    @Autowired protected JdbcClient jdbc;
    @Autowired protected IdentityService identityService;

    /** Every test starts from the demo school as loaded on first start, with no process running. */
    @BeforeEach
    void startFromTheDemoSchool() {
        BpmnAwareTests.init(processEngine);
        WebTestSupport.resetToTheDemoSchool(runtimeService, identityService, jdbc, demoSchool);
    }

    protected Actor actor(String userId) {
        return actors.of(userId);
    }

    /** A person of the demo school by their sign-in. */
    protected Person person(String userId) {
        return people.findByUserId(userId).orElseThrow();
    }

    protected ProcessInstance instance(String processKey, Object businessKey) {
        List<ProcessInstance> found = runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
            .processInstanceBusinessKey(String.valueOf(businessKey)).list();
        assertThat(found).as("running %s instances for %s", processKey, businessKey).hasSize(1);
        return found.get(0);
    }

    /** The one open task of this kind in the instance (or in processes it called). */
    protected Task task(ProcessInstance instance, String taskKey) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceId(instance.getId())
            .taskDefinitionKey(taskKey).list();
        if (tasks.isEmpty()) {
            tasks = taskService.createTaskQuery().taskDefinitionKey(taskKey).list().stream()
                .filter(task -> isCalledBy(task.getProcessInstanceId(), instance.getId())).toList();
        }
        assertThat(tasks).as("open %s tasks", taskKey).hasSize(1);
        return tasks.get(0);
    }

    protected List<Task> tasks(ProcessInstance instance, String taskKey) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).list();
    }

    /** Fires the timer waiting at {@code timerId} as if its time had come. */
    protected void fireTimer(ProcessInstance instance, String timerId) {
        List<Job> jobs = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(timerId)
            .timers().list();
        assertThat(jobs).as("timer jobs at %s", timerId).isNotEmpty();
        managementService.executeJob(jobs.get(0).getId());
    }

    protected List<String> auditActions(String recordType, Object recordId) {
        return audit.entriesFor(recordType, recordId).stream().map(AuditEntry::action).toList();
    }

    private boolean isCalledBy(String processInstanceId, String callerId) {
        ProcessInstance called = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId)
            .singleResult();
        return called != null && runtimeService.createProcessInstanceQuery().superProcessInstanceId(callerId)
            .processInstanceId(processInstanceId).count() == 1;
    }
}
