package org.policydesk.signin;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.policydesk.database.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The failure counters, one row per sign-in name that failed recently or is locked. */
@Repository
class SignInAttempts {

    private final JdbcClient jdbc;

    SignInAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Attempt(String userName, int failures, LocalDateTime lastFailureAt, LocalDateTime refusedUntil,
                   LocalDateTime lockedAt) {
    }

    Optional<Attempt> find(String userName) {
        return jdbc.sql("select * from sign_in_attempt where user_name = ?").param(userName)
            .query(RecordRows.of(Attempt.class)).optional();
    }

    /** Locks the row, so that two failures at once both count. */
    Optional<Attempt> findForUpdate(String userName) {
        return jdbc.sql("select * from sign_in_attempt where user_name = ? for update").param(userName)
            .query(RecordRows.of(Attempt.class)).optional();
    }

    void save(Attempt attempt, boolean exists) {
        if (exists) {
            jdbc.sql("""
                    update sign_in_attempt set failures = ?, last_failure_at = ?, refused_until = ?, locked_at = ?
                    where user_name = ?""")
                .params(attempt.failures(), attempt.lastFailureAt(), attempt.refusedUntil(), attempt.lockedAt(),
                    attempt.userName())
                .update();
        } else {
            jdbc.sql("""
                    insert into sign_in_attempt (user_name, failures, last_failure_at, refused_until, locked_at)
                    values (?, ?, ?, ?, ?)""")
                .params(attempt.userName(), attempt.failures(), attempt.lastFailureAt(), attempt.refusedUntil(),
                    attempt.lockedAt())
                .update();
        }
    }

    /** Runs of failures that ended before {@code before} and locked nothing: they no longer count. */
    int deleteEndedBefore(LocalDateTime before) {
        return jdbc.sql("delete from sign_in_attempt where locked_at is null and last_failure_at < ?").param(before)
            .update();
    }

    void delete(String userName) {
        jdbc.sql("delete from sign_in_attempt where user_name = ?").param(userName).update();
    }

    List<String> locked() {
        return jdbc.sql("select user_name from sign_in_attempt where locked_at is not null").query(String.class).list();
    }
}
