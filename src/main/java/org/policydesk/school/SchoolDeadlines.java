package org.policydesk.school;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A school's own deadlines in days, by name ("approval", "triage"); a name without a row takes
 * the application's default. The process models read them through {@code workflow.Deadlines}.
 */
@Repository
public class SchoolDeadlines {

    private final JdbcClient jdbc;

    SchoolDeadlines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Integer> days(String schoolId, String name) {
        if (schoolId == null) {
            return Optional.empty();
        }
        return jdbc.sql("select days from school_deadline where school_id = ? and name = ?")
            .params(schoolId, name).query(Integer.class).optional();
    }

    /** The school's own values, by name; defaults are not included. */
    public Map<String, Integer> all(String schoolId) {
        Map<String, Integer> own = new LinkedHashMap<>();
        jdbc.sql("select name, days from school_deadline where school_id = ? order by name").param(schoolId)
            .query((rs, n) -> Map.entry(rs.getString("name"), rs.getInt("days"))).list()
            .forEach(entry -> own.put(entry.getKey(), entry.getValue()));
        return own;
    }

    /** Sets the school's own value, or with {@code null} goes back to the default. */
    public void set(String schoolId, String name, Integer days) {
        jdbc.sql("delete from school_deadline where school_id = ? and name = ?").params(schoolId, name).update();
        if (days != null) {
            jdbc.sql("insert into school_deadline (school_id, name, days) values (?, ?, ?)")
                .params(schoolId, name, days).update();
        }
    }
}
