package org.policydesk.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How PolicyDesk emails people about their tasks. Mail goes only when {@code spring.mail.host} is
 * set; {@code schedule} turns on the overdue check and the daily digest (off in tests, which call
 * them directly).
 */
@ConfigurationProperties("policydesk.notifications")
record NotificationSettings(@DefaultValue("PolicyDesk <policydesk@localhost>") String from,
                            @DefaultValue("false") boolean schedule,
                            @DefaultValue("0 */15 * * * *") String overdueCron,
                            @DefaultValue("0 0 7 * * *") String digestCron) {
}
