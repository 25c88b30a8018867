package org.policydesk.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.policydesk.PolicyDeskApplication;
import org.policydesk.accounts.AccountDetails;
import org.policydesk.accounts.AccountRegister;
import org.policydesk.accounts.Secret;
import org.policydesk.documents.Documents;
import org.policydesk.documents.IssuedDocument;
import org.policydesk.officialuse.OfficialUseProcess;
import org.policydesk.officialuse.OfficialUseService;
import org.policydesk.officialuse.OfficialUseStatus;
import org.policydesk.people.People;
import org.policydesk.workflow.Actors;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Backs up a running PolicyDesk (database, key file, documents), restores the zip into an empty
 * folder and starts a fresh instance there: registers, the open task, its timer, the documents and
 * the account secrets are all as they were.
 */
class BackupIntegrationTests {

    @Test
    void aBackupTakenWhileRunningRestoresIntoAFreshInstance() throws Exception {
        Path original = Files.createTempDirectory(Path.of("target"), "backup-original-");
        Path restored = Files.createTempDirectory(Path.of("target"), "backup-restored-");
        Path backup;
        long approved;
        long waiting;
        long account;
        String taskId;
        Date timerDue;
        try (ConfigurableApplicationContext running = start(original)) {
            Actors actors = running.getBean(Actors.class);
            People people = running.getBean(People.class);
            OfficialUseService officialUse = running.getBean(OfficialUseService.class);
            approved = officialUse.request(actors.of("sjones"), people.findByUserId("sjones").orElseThrow().id(), "Class news");
            officialUse.decide(actors.of("hellis"), decisionFor(running, approved).getId(), true, "Agreed");
            account = running.getBean(AccountRegister.class).record(actors.of("okowalski"),
                people.findByUserId("sjones").orElseThrow().id(),
                new AccountDetails("Instagram", "@kestonyear5", "kestonyear5", Secret.of("Blue-Kite-47")));
            waiting = officialUse.request(actors.of("tbaker"), people.findByUserId("tbaker").orElseThrow().id(), "Sports");
            taskId = decisionFor(running, waiting).getId();
            timerDue = reminder(running).getDuedate();

            backup = running.getBean(Backups.class).create(original.resolve("backups"));
        }

        Backups.restore(backup, restored.resolve("data"), "policydesk", restored.resolve("data/account-secrets.key"),
            restored.resolve("output"));
        assertThatThrownBy(() -> Backups.restore(backup, restored.resolve("data"), "policydesk",
            restored.resolve("data/account-secrets.key"), restored.resolve("output")))
            .hasMessageContaining("already a database");

        try (ConfigurableApplicationContext fresh = start(restored)) {
            OfficialUseService officialUse = fresh.getBean(OfficialUseService.class);
            assertThat(officialUse.get(approved).status()).isEqualTo(OfficialUseStatus.ACTIVE);
            assertThat(officialUse.get(waiting).status()).isEqualTo(OfficialUseStatus.REQUESTED);
            assertThat(decisionFor(fresh, waiting).getId()).isEqualTo(taskId);
            assertThat(reminder(fresh).getDuedate()).isEqualTo(timerDue);
            List<IssuedDocument> notices = fresh.getBean(Documents.class).issuedFor(OfficialUseProcess.RECORD_TYPE, approved);
            assertThat(notices).singleElement().satisfies(notice ->
                assertThat(restored.resolve("output").resolve(notice.name())).exists());
            assertThat(fresh.getBean(AccountRegister.class).reveal(fresh.getBean(Actors.class).of("okowalski"),
                account, "check the restore").reveal()).isEqualTo("Blue-Kite-47");
        }
    }

    private static ConfigurableApplicationContext start(Path folder) {
        return new SpringApplicationBuilder(PolicyDeskApplication.class).run(
            "--server.port=0",
            "--spring.datasource.url=jdbc:h2:file:" + folder.toAbsolutePath().resolve("data/policydesk"),
            "--policydesk.accounts.key-file=" + folder.resolve("data/account-secrets.key"),
            "--policydesk.documents.output-dir=" + folder.resolve("output"),
            "--policydesk.demo.enabled=true",
            "--camunda.bpm.job-execution.enabled=false");
    }

    private static Task decisionFor(ConfigurableApplicationContext context, long officialUserId) {
        return context.getBean(TaskService.class).createTaskQuery().processInstanceBusinessKey(String.valueOf(officialUserId))
            .taskDefinitionKey(OfficialUseProcess.TASK_DECIDE).singleResult();
    }

    private static Job reminder(ConfigurableApplicationContext context) {
        return context.getBean(ManagementService.class).createJobQuery()
            .activityId("BoundaryTimer_ApprovalReminder").timers().singleResult();
    }
}
