package org.policydesk.notifications;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.policydesk.people.People;
import org.policydesk.people.Person;
import org.policydesk.people.PersonKind;
import org.policydesk.school.School;
import org.policydesk.school.Schools;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Writes and sends the task emails. An email names the task, the record's reference and a link;
 * never what the record says, and never a pupil's or parent's name: a task name that contains one
 * (a model could build names from variables) is replaced by the reference alone. Without
 * {@code spring.mail.host} there is no mail sender and nothing is sent.
 */
@Component
class NotificationMails {

    private static final Logger log = LoggerFactory.getLogger(NotificationMails.class);
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' h:mma", Locale.UK);

    private final ObjectProvider<JavaMailSender> sender;
    private final NotificationSettings settings;
    private final Schools schools;
    private final People people;
    private final String baseUrl;

    NotificationMails(ObjectProvider<JavaMailSender> sender, NotificationSettings settings, Schools schools,
                      People people, @Value("${policydesk.web.base-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender;
        this.settings = settings;
        this.schools = schools;
        this.people = people;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    /** Sends one notice; false if the mail server refused it (logged without the content). */
    boolean sendNotice(Recipient to, TaskNotice notice, NoticeKind kind) {
        String task = safeTaskName(notice);
        String subject = (kind == NoticeKind.NEW ? "New task: " : "Overdue task: ") + task + " (" + notice.reference() + ")";
        String body = "Hello " + to.name() + ",\n\n"
            + (kind == NoticeKind.NEW ? "A task is waiting for " : "This task is overdue and still waiting for ")
            + (to.viaGroup() == null ? "you" : "the " + to.viaGroup() + " group, which you are in") + ":\n\n"
            + line(notice, task)
            + "\nOpen it in PolicyDesk: " + taskLink(notice) + "\n"
            + footer(notice.schoolId());
        return send(to, subject, body);
    }

    /** One email listing every task the person chose to hear about once a day. */
    boolean sendDigest(Recipient to, String schoolId, List<DigestItem> items) {
        String subject = "PolicyDesk: " + items.size() + (items.size() == 1 ? " task" : " tasks") + " for you today";
        StringBuilder body = new StringBuilder("Hello " + to.name() + ",\n\nThese tasks are waiting for you or "
            + "your groups in PolicyDesk:\n");
        for (DigestItem item : items) {
            TaskNotice notice = item.notice();
            body.append("\n").append(item.kind() == NoticeKind.NEW ? "New" : "Overdue").append(":\n")
                .append(line(notice, safeTaskName(notice)))
                .append("    Open it: ").append(taskLink(notice)).append("\n");
        }
        body.append(footer(schoolId));
        return send(to, subject, body.toString());
    }

    private String line(TaskNotice notice, String task) {
        return "    " + task + "\n    Record: " + notice.reference() + "\n"
            + "    Due: " + (notice.due() == null ? "no due date" : due(notice.due())) + "\n";
    }

    private String footer(String schoolId) {
        String school = schools.find(schoolId).map(School::name).orElse("PolicyDesk");
        return "\n-- \nPolicyDesk, " + school + "\n"
            + "To get one email a day instead, or none, change your choice on your profile: " + baseUrl + "/profile\n";
    }

    private String taskLink(TaskNotice notice) {
        return baseUrl + "/tasks/" + notice.taskId();
    }

    private String safeTaskName(TaskNotice notice) {
        String name = notice.taskName() == null || notice.taskName().isBlank() ? "A task" : notice.taskName();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean namesSomeone = pupilsAndParents(notice.schoolId()).stream()
            .anyMatch(person -> lower.contains(person.fullName().toLowerCase(Locale.ROOT)));
        if (namesSomeone) {
            log.warn("A task name on {} names a pupil or parent; the email gives the reference only.", notice.reference());
            return "A task on " + notice.reference();
        }
        return name;
    }

    private List<Person> pupilsAndParents(String schoolId) {
        if (schoolId == null) {
            return List.of();
        }
        return java.util.stream.Stream.concat(people.ofKind(schoolId, PersonKind.PUPIL).stream(),
            people.ofKind(schoolId, PersonKind.PARENT).stream()).toList();
    }

    private boolean send(Recipient to, String subject, String body) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.from());
        message.setTo(to.email());
        message.setSubject(subject);
        message.setText(body);
        try {
            mail.send(message);
            return true;
        } catch (MailException failed) {
            log.warn("Could not email {} about a task: {}", to.userId(), failed.getClass().getSimpleName());
            return false;
        }
    }

    private static String due(LocalDateTime due) {
        String text = DUE.format(due);
        return text.substring(0, text.length() - 2) + text.substring(text.length() - 2).toLowerCase(Locale.UK);
    }
}
