package org.policydesk.school;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.policydesk.database.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Schools {

    private final JdbcClient jdbc;
    private final Clock clock;

    Schools(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void add(School school) {
        jdbc.sql("""
                insert into school (id, name, address, policy_agreed, policy_review_date, created_at)
                values (?, ?, ?, ?, ?, ?)""")
            .params(school.id(), school.name(), school.address(), school.policyAgreed(),
                    school.policyReviewDate(), LocalDateTime.now(clock))
            .update();
    }

    /** Changes the profile's name, address and policy dates; the id never changes. */
    public void update(School school) {
        int changed = jdbc.sql("""
                update school set name = ?, address = ?, policy_agreed = ?, policy_review_date = ? where id = ?""")
            .params(school.name(), school.address(), school.policyAgreed(), school.policyReviewDate(), school.id())
            .update();
        if (changed != 1) {
            throw new IllegalArgumentException("There is no school with id '" + school.id() + "'.");
        }
    }

    public Optional<School> find(String id) {
        return jdbc.sql("select id, name, address, policy_agreed, policy_review_date from school where id = ?")
            .param(id).query(RecordRows.of(School.class)).optional();
    }

    public List<School> all() {
        return jdbc.sql("select id, name, address, policy_agreed, policy_review_date from school order by name")
            .query(RecordRows.of(School.class)).list();
    }
}
