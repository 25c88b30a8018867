package org.policydesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.policydesk.accounts.AccountRegister;
import org.policydesk.officialuse.OfficialUseProcess;
import org.policydesk.officialuse.OfficialUseService;
import org.policydesk.officialuse.OfficialUseStatus;
import org.policydesk.people.People;
import org.policydesk.workflow.Actors;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stops the application in the middle of a process and starts it again on the same H2 file:
 * the open task, its reminder timer and the registers are all still there, and work carries on.
 */
class RestartIntegrationTests {

    @Test
    void aRestartInTheMiddleOfARequestLosesNothing() throws Exception {
        Path dataDirectory = Files.createTempDirectory(Path.of("target"), "restart-");
        long requestId;
        String taskId;
        Date reminderDue;
        try (ConfigurableApplicationContext first = start(dataDirectory)) {
            OfficialUseService officialUse = first.getBean(OfficialUseService.class);
            People people = first.getBean(People.class);
            long sarah = people.findByUserId("sjones").orElseThrow().id();
            requestId = officialUse.request(first.getBean(Actors.class).of("sjones"), sarah, "Class news");
            Task decision = openDecision(first);
            taskId = decision.getId();
            reminderDue = reminderTimer(first).getDuedate();
        }

        try (ConfigurableApplicationContext second = start(dataDirectory)) {
            Task decision = openDecision(second);
            assertThat(decision.getId()).isEqualTo(taskId);
            assertThat(decision.getDueDate()).isNotNull();
            assertThat(reminderTimer(second).getDuedate()).isEqualTo(reminderDue);

            OfficialUseService officialUse = second.getBean(OfficialUseService.class);
            assertThat(officialUse.get(requestId).status()).isEqualTo(OfficialUseStatus.REQUESTED);
            long head = second.getBean(People.class).findByUserId("hellis").orElseThrow().id();
            assertThat(second.getBean(AccountRegister.class).activeHeldBy(head)).hasSize(1);

            officialUse.decide(second.getBean(Actors.class).of("hellis"), taskId, true, "Agreed after the restart");
            assertThat(officialUse.get(requestId).status()).isEqualTo(OfficialUseStatus.ACTIVE);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDirectory) {
        return new SpringApplicationBuilder(PolicyDeskApplication.class).run(
            "--server.port=0",
            "--spring.datasource.url=jdbc:h2:file:" + dataDirectory.toAbsolutePath().resolve("policydesk"),
            "--policydesk.accounts.key-file=" + dataDirectory.resolve("account-secrets.key"),
            "--policydesk.demo.enabled=true",
            "--camunda.bpm.job-execution.enabled=false");
    }

    private static Task openDecision(ConfigurableApplicationContext context) {
        List<Task> tasks = context.getBean(TaskService.class).createTaskQuery()
            .taskDefinitionKey(OfficialUseProcess.TASK_DECIDE).list();
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    private static Job reminderTimer(ConfigurableApplicationContext context) {
        List<Job> timers = context.getBean(ManagementService.class).createJobQuery()
            .activityId("BoundaryTimer_ApprovalReminder").timers().list();
        assertThat(timers).hasSize(1);
        return timers.get(0);
    }
}
