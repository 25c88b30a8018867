package org.policydesk.school;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.policydesk.database.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class HeadTeacherAbsences {

    private static final String COLUMNS = "id, school_id, deputy_user_id, starts_on, ends_on, reason";

    private final JdbcClient jdbc;
    private final Clock clock;

    HeadTeacherAbsences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an absence and returns its id; the caller has checked the dates and the deputy. */
    public long record(String schoolId, String deputyUserId, LocalDate startsOn, LocalDate endsOn,
                       String reason, String recordedBy) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into school_head_teacher_absence
                  (school_id, deputy_user_id, starts_on, ends_on, reason, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
            .params(schoolId, deputyUserId, startsOn, endsOn, reason, recordedBy, LocalDateTime.now(clock))
            .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The absence in force today, if any: the deputy named in it may act for the Head Teacher. */
    public Optional<HeadTeacherAbsence> inForce(String schoolId) {
        LocalDate today = LocalDate.now(clock);
        return all(schoolId).stream()
            .filter(absence -> absence.inForceOn(today))
            .findFirst();
    }

    /** Every absence the school recorded, latest start first. */
    public List<HeadTeacherAbsence> all(String schoolId) {
        // list(), not stream(): an unclosed query stream keeps its connection when called outside a transaction.
        return jdbc.sql("select " + COLUMNS + " from school_head_teacher_absence where school_id = ? "
                + "order by starts_on desc, id desc")
            .param(schoolId).query(RecordRows.of(HeadTeacherAbsence.class)).list();
    }

    public Optional<HeadTeacherAbsence> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from school_head_teacher_absence where id = ?")
            .param(id).query(RecordRows.of(HeadTeacherAbsence.class)).optional();
    }

    /**
     * Ends an absence early: it last applied on {@code lastDay}. A last day before its first one
     * (an absence ended before it began) leaves it never in force, which is what cancelling means.
     */
    public void endEarly(long id, LocalDate lastDay) {
        jdbc.sql("update school_head_teacher_absence set ends_on = ? where id = ?").params(lastDay, id).update();
    }
}
