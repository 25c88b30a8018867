package org.policydesk.notifications;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The daily digest: notices for people who chose one email a day wait here, and {@link #sendAll}
 * sends each person one email listing the tasks still open. Each item is claimed before it is
 * sent, so two nodes sending digests at once never send an item twice.
 */
@Component
class Digests {

    private final JdbcClient jdbc;
    private final TaskService taskService;
    private final Recipients recipients;
    private final NotificationPreferences preferences;
    private final NotificationMails mails;
    private final Clock clock;

    Digests(JdbcClient jdbc, TaskService taskService, Recipients recipients, NotificationPreferences preferences,
            NotificationMails mails, Clock clock) {
        this.jdbc = jdbc;
        this.taskService = taskService;
        this.recipients = recipients;
        this.preferences = preferences;
        this.mails = mails;
        this.clock = clock;
    }

    void queue(String userId, TaskNotice notice, NoticeKind kind) {
        jdbc.sql("""
                insert into notifications_digest_item
                  (user_id, school_id, task_id, kind, task_name, reference, due_at, queued_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(userId, notice.schoolId(), notice.taskId(), kind.name(), notice.taskName(), notice.reference(),
                notice.due(), LocalDateTime.now(clock))
            .update();
    }

    /** Sends every waiting digest; returns how many emails went. */
    int sendAll() {
        if (!mails.enabled()) {
            return 0;
        }
        int sent = 0;
        List<String> waiting = jdbc.sql("select distinct user_id from notifications_digest_item where sent_at is null "
            + "order by user_id").query(String.class).list();
        for (String userId : waiting) {
            List<DigestItem> claimed = claimOpenItems(userId);
            if (claimed.isEmpty() || preferences.modeOf(userId) == NotificationMode.OFF) {
                continue;
            }
            var recipient = recipients.named(userId);
            if (recipient.isPresent() && mails.sendDigest(recipient.get(), claimed.get(0).notice().schoolId(), claimed)) {
                sent++;
            }
        }
        return sent;
    }

    /** Claims the person's waiting items; items whose task was finished meanwhile are dropped. */
    private List<DigestItem> claimOpenItems(String userId) {
        List<DigestItem> items = jdbc.sql("""
                select id, school_id, task_id, kind, task_name, reference, due_at from notifications_digest_item
                where user_id = ? and sent_at is null order by due_at, id""")
            .param(userId)
            .query((rs, n) -> new DigestItem(rs.getLong("id"), NoticeKind.valueOf(rs.getString("kind")),
                new TaskNotice(rs.getString("task_id"), rs.getString("task_name"),
                    rs.getObject("due_at", LocalDateTime.class), rs.getString("school_id"), rs.getString("reference"),
                    null, List.of(), List.of())))
            .list();
        // A task both new and overdue since the last digest is listed once, as overdue.
        Map<String, DigestItem> byTask = new LinkedHashMap<>();
        LocalDateTime now = LocalDateTime.now(clock);
        for (DigestItem item : items) {
            boolean mine = jdbc.sql("update notifications_digest_item set sent_at = ? where id = ? and sent_at is null")
                .params(now, item.id()).update() == 1;
            boolean open = taskService.createTaskQuery().taskId(item.notice().taskId()).count() == 1;
            if (mine && open) {
                byTask.merge(item.notice().taskId(), item,
                    (earlier, later) -> later.kind() == NoticeKind.OVERDUE ? later : earlier);
            }
        }
        return List.copyOf(byTask.values());
    }
}
