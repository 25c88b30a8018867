package org.policydesk.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policydesk.WebTestSupport;
import org.policydesk.escalation.EscalationProcess;
import org.policydesk.escalation.IncidentService;
import org.policydesk.escalation.ReportedComment;
import org.policydesk.people.Person;
import org.policydesk.people.PersonKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * Task emails against a real SMTP server (GreenMail): who gets them, what they say and never
 * say, that they go only once a task's transaction has committed, overdue notices once, and each
 * person's choice of every task, a daily digest or nothing.
 */
class NotificationsTests extends WebTestSupport {

    /**
     * Started before the Spring context, which the coverage listener loads ahead of any JUnit
     * extension; on a free port, so that other builds on the machine do not clash with it.
     */
    static final GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        greenMail.start();
    }

    @AfterAll
    static void stopTheMailServer() {
        greenMail.stop();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
    }

    @Autowired IncidentService incidents;
    @Autowired NotificationDispatch dispatch;
    @Autowired OverdueTasks overdue;
    @Autowired Digests digests;
    @Autowired NotificationMails mails;
    @Autowired TransactionTemplate transactions;

    @BeforeEach
    void startWithAnEmptyMailbox() throws Exception {
        dispatch.drain();
        greenMail.purgeEmailFromAllMailboxes();
    }

    private long parentPostsAboutTheSchool() {
        Person emma = people.ofKind("keston", PersonKind.PARENT).stream()
            .filter(parent -> parent.fullName().equals("Emma Brown")).findFirst().orElseThrow();
        long id = incidents.report(actor("sjones"), ReportedComment.of("Facebook",
            "Emma Brown wrote that the Year 5 trip was a shambles").postedBy(emma.fullName(), emma.id()));
        dispatch.drain();
        return id;
    }

    @Test
    void aTriageTaskForTheLeadershipTeamEmailsItsMembersWithTheIncidentReferenceAndNoParentName() throws Exception {
        long id = parentPostsAboutTheSchool();
        Task triage = openTask(EscalationProcess.TASK_TRIAGE, id);

        MimeMessage[] sent = greenMail.getReceivedMessages();
        assertThat(recipients(sent)).containsExactlyInAnyOrder("hellis@keston.example.org", "dmensah@keston.example.org");
        for (MimeMessage message : sent) {
            String body = GreenMailUtil.getBody(message);
            assertThat(message.getSubject()).isEqualTo("New task: Triage the reported comment (INC-0001)");
            assertThat(body).contains("Triage the reported comment", "Record: INC-0001",
                "the Leadership team group, which you are in", "http://localhost:8080/tasks/" + triage.getId(),
                "http://localhost:8080/profile", "Keston Primary School and Nursery");
            assertThat(message.getSubject() + body).doesNotContain("Emma", "Brown", "Amelia", "shambles", "Facebook");
        }
        assertThat(GreenMailUtil.getBody(byRecipient(sent, "dmensah"))).startsWith("Hello David Mensah,");
    }

    @Test
    void aTaskWhoseTransactionRolledBackIsNeverAnnounced() throws Exception {
        transactions.executeWithoutResult(status -> {
            incidents.report(actor("sjones"), ReportedComment.of("Instagram", "Lovely concert"));
            status.setRollbackOnly();
        });
        dispatch.drain();

        assertThat(taskService.createTaskQuery().taskDefinitionKey(EscalationProcess.TASK_TRIAGE).count()).isZero();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void anOverdueTaskIsAnnouncedOnceToItsCandidates() throws Exception {
        long id = parentPostsAboutTheSchool();
        greenMail.purgeEmailFromAllMailboxes();

        assertThat(overdue.notifyOverdue()).isZero();
        ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + Duration.ofDays(2).toMillis()));
        assertThat(overdue.notifyOverdue()).isEqualTo(1);
        assertThat(overdue.notifyOverdue()).isZero();

        MimeMessage[] sent = greenMail.getReceivedMessages();
        assertThat(recipients(sent)).containsExactlyInAnyOrder("hellis@keston.example.org", "dmensah@keston.example.org");
        assertThat(sent[0].getSubject()).isEqualTo("Overdue task: Triage the reported comment (INC-0001)");
        assertThat(GreenMailUtil.getBody(sent[0])).contains("This task is overdue", "Record: INC-0001");
        assertThat(jdbc.sql("select count(*) from notifications_sent where task_id = ?")
            .param(openTask(EscalationProcess.TASK_TRIAGE, id).getId()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void someoneWhoSwitchedEmailsOffOnTheirProfileGetsNothing() throws Exception {
        mvc.perform(post("/profile").with(user("dmensah")).with(csrf()).param("mode", "OFF"))
            .andExpect(redirectedUrl("/profile"));

        parentPostsAboutTheSchool();
        ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + Duration.ofDays(2).toMillis()));
        overdue.notifyOverdue();

        assertThat(recipients(greenMail.getReceivedMessages()))
            .containsExactly("hellis@keston.example.org", "hellis@keston.example.org");
    }

    @Test
    void theDailyDigestCollectsTasksIntoOneEmailSentOnceNamingAnOverdueTaskOnce() throws Exception {
        mvc.perform(post("/profile").with(user("dmensah")).with(csrf()).param("mode", "DIGEST"));
        parentPostsAboutTheSchool();
        incidents.report(actor("tbaker"), ReportedComment.of("Instagram", "Great sports day"));
        dispatch.drain();
        ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + Duration.ofDays(2).toMillis()));
        overdue.notifyOverdue();
        assertThat(recipients(greenMail.getReceivedMessages())).containsOnly("hellis@keston.example.org").hasSize(4);
        greenMail.purgeEmailFromAllMailboxes();

        assertThat(digests.sendAll()).isEqualTo(1);
        assertThat(digests.sendAll()).isZero();

        MimeMessage[] sent = greenMail.getReceivedMessages();
        assertThat(recipients(sent)).containsExactly("dmensah@keston.example.org");
        assertThat(sent[0].getSubject()).isEqualTo("PolicyDesk: 2 tasks for you today");
        String body = GreenMailUtil.getBody(sent[0]);
        assertThat(body).contains("Record: INC-0001", "Record: INC-0002", "Overdue:").doesNotContain("New:")
            .doesNotContain("Emma", "Brown");
    }

    @Test
    void aDigestListsNewTasks() throws Exception {
        mvc.perform(post("/profile").with(user("hellis")).with(csrf()).param("mode", "DIGEST"));
        incidents.report(actor("tbaker"), ReportedComment.of("Instagram", "Great sports day"));
        dispatch.drain();

        assertThat(digests.sendAll()).isEqualTo(1);

        MimeMessage sent = byRecipient(greenMail.getReceivedMessages(), "hellis");
        assertThat(recipients(greenMail.getReceivedMessages()))
            .containsExactlyInAnyOrder("dmensah@keston.example.org", "hellis@keston.example.org");
        assertThat(sent.getSubject()).isEqualTo("PolicyDesk: 1 task for you today");
        assertThat(GreenMailUtil.getBody(sent)).contains("New:", "Triage the reported comment", "Record: INC-0001");
    }

    @Test
    void aTaskFinishedBeforeTheDigestIsLeftOutOfIt() throws Exception {
        mvc.perform(post("/profile").with(user("dmensah")).with(csrf()).param("mode", "DIGEST"));
        long id = parentPostsAboutTheSchool();
        runtimeService.deleteProcessInstance(openTask(EscalationProcess.TASK_TRIAGE, id).getProcessInstanceId(), "test");
        greenMail.purgeEmailFromAllMailboxes();

        assertThat(digests.sendAll()).isZero();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void aTaskNameThatNamesAPupilIsReplacedByTheReference() throws Exception {
        var notice = new TaskNotice("42", "Talk to Amelia Brown about her post", null, "keston", "INC-0007",
            "sjones", List.of(), List.of());

        mails.sendNotice(new Recipient("sjones", "Sarah Jones", "sjones@keston.example.org", null), notice, NoticeKind.NEW);

        MimeMessage sent = greenMail.getReceivedMessages()[0];
        assertThat(sent.getSubject()).isEqualTo("New task: A task on INC-0007 (INC-0007)");
        assertThat(GreenMailUtil.getBody(sent)).doesNotContain("Amelia").contains("A task is waiting for you:");
    }

    private static List<String> recipients(MimeMessage[] messages) {
        return Arrays.stream(messages).flatMap(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString);
            } catch (MessagingException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }).toList();
    }

    private static MimeMessage byRecipient(MimeMessage[] messages, String userId) throws MessagingException {
        for (MimeMessage message : messages) {
            if (message.getRecipients(Message.RecipientType.TO)[0].toString().startsWith(userId + "@")) {
                return message;
            }
        }
        throw new AssertionError("No message to " + userId);
    }
}
