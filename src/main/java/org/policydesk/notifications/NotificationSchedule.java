package org.policydesk.notifications;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * When the overdue check and the daily digest run ({@code policydesk.notifications.overdue-cron},
 * {@code digest-cron}); only with {@code policydesk.notifications.schedule=true}, so tests call
 * them directly. Every node may run them: both claim their work in the database first.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "policydesk.notifications.schedule", havingValue = "true")
class NotificationSchedule {

    private final OverdueTasks overdue;
    private final Digests digests;

    NotificationSchedule(OverdueTasks overdue, Digests digests) {
        this.overdue = overdue;
        this.digests = digests;
    }

    @Scheduled(cron = "${policydesk.notifications.overdue-cron:0 */15 * * * *}")
    void checkOverdue() {
        overdue.notifyOverdue();
    }

    @Scheduled(cron = "${policydesk.notifications.digest-cron:0 0 7 * * *}")
    void sendDigests() {
        digests.sendAll();
    }
}
