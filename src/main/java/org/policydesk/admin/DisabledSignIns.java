package org.policydesk.admin;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sign-ins an administrator disabled, with who did it and why. */
@Repository
class DisabledSignIns {

    private final JdbcClient jdbc;

    DisabledSignIns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String userId, String schoolId, String disabledBy, LocalDateTime at, String reason) {
        jdbc.sql("""
                insert into admin_disabled_sign_in (user_id, school_id, disabled_by, disabled_at, reason)
                values (?, ?, ?, ?, ?)""")
            .params(userId, schoolId, disabledBy, at, reason).update();
    }

    boolean isDisabled(String userId) {
        return jdbc.sql("select count(*) from admin_disabled_sign_in where user_id = ?").param(userId)
            .query(Integer.class).single() > 0;
    }

    Set<String> inSchool(String schoolId) {
        return jdbc.sql("select user_id from admin_disabled_sign_in where school_id = ?").param(schoolId)
            .query(String.class).list().stream().collect(Collectors.toUnmodifiableSet());
    }
}
