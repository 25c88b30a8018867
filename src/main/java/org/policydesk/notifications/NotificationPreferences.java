package org.policydesk.notifications;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Each person's choice of task emails, by sign-in; no row means an email per task. */
@Repository
class NotificationPreferences {

    private final JdbcClient jdbc;
    private final Clock clock;

    NotificationPreferences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    NotificationMode modeOf(String userId) {
        return jdbc.sql("select mode from notifications_preference where user_id = ?").param(userId)
            .query(String.class).optional().map(NotificationMode::valueOf).orElse(NotificationMode.EACH);
    }

    @Transactional
    void choose(String userId, NotificationMode mode) {
        jdbc.sql("delete from notifications_preference where user_id = ?").param(userId).update();
        jdbc.sql("insert into notifications_preference (user_id, mode, changed_at) values (?, ?, ?)")
            .params(userId, mode.name(), LocalDateTime.now(clock)).update();
    }
}
