package org.policydesk.school;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class HeadTeacherAbsences {

    private final JdbcClient jdbc;
    private final Clock clock;

    HeadTeacherAbsences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String schoolId, String deputyUserId, LocalDate startsOn, LocalDate endsOn,
                       String reason, String recordedBy) {
        jdbc.sql("""
                insert into school_head_teacher_absence
                  (school_id, deputy_user_id, starts_on, ends_on, reason, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
            .params(schoolId, deputyUserId, startsOn, endsOn, reason, recordedBy, LocalDateTime.now(clock))
            .update();
    }

    /** The absence in force today, if any: the deputy named in it may act for the Head Teacher. */
    public Optional<HeadTeacherAbsence> inForce(String schoolId) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                select id, school_id, deputy_user_id, starts_on, ends_on, reason
                from school_head_teacher_absence where school_id = ? order by starts_on desc""")
            // list(), not stream(): an unclosed query stream keeps its connection when called outside a transaction.
            .param(schoolId).query(HeadTeacherAbsence.class).list().stream()
            .filter(absence -> absence.inForceOn(today))
            .findFirst();
    }
}
