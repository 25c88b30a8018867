package org.policydesk.people;

import java.util.List;
import java.util.Optional;

import org.policydesk.database.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class People {

    private static final String COLUMNS =
        "id, school_id, kind, full_name, email, user_id, role_title, class_name, status";

    private final JdbcClient jdbc;

    People(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(String schoolId, PersonKind kind, String fullName, String email, String userId,
                    String roleTitle, String className) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into people_person (school_id, kind, full_name, email, user_id, role_title, class_name, status)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(schoolId, kind.name(), fullName, email, userId, roleTitle, className, PersonStatus.CURRENT.name())
            .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void linkParent(long parentId, long pupilId, String relationship) {
        jdbc.sql("insert into people_parent_link (parent_id, pupil_id, relationship) values (?, ?, ?)")
            .params(parentId, pupilId, relationship).update();
    }

    public Person get(long id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("There is no person with id " + id + "."));
    }

    public Optional<Person> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from people_person where id = ?").param(id)
            .query(RecordRows.of(Person.class)).optional();
    }

    public Optional<Person> findByUserId(String schoolId, String userId) {
        return jdbc.sql("select " + COLUMNS + " from people_person where school_id = ? and user_id = ?")
            .params(schoolId, userId).query(RecordRows.of(Person.class)).optional();
    }

    /** The person a sign-in belongs to, in whichever school holds them. */
    public Optional<Person> findByUserId(String userId) {
        return jdbc.sql("select " + COLUMNS + " from people_person where user_id = ?")
            .param(userId).query(RecordRows.of(Person.class)).optional();
    }

    public List<Person> ofKind(String schoolId, PersonKind kind) {
        return jdbc.sql("select " + COLUMNS + " from people_person where school_id = ? and kind = ? order by full_name")
            .params(schoolId, kind.name()).query(RecordRows.of(Person.class)).list();
    }

    public List<Person> parentsOf(long pupilId) {
        return jdbc.sql("select " + COLUMNS + " from people_person where id in "
                + "(select parent_id from people_parent_link where pupil_id = ?) order by full_name")
            .param(pupilId).query(RecordRows.of(Person.class)).list();
    }

    public List<Person> childrenOf(long parentId) {
        return jdbc.sql("select " + COLUMNS + " from people_person where id in "
                + "(select pupil_id from people_parent_link where parent_id = ?) order by full_name")
            .param(parentId).query(RecordRows.of(Person.class)).list();
    }

    public void changeStatus(long personId, PersonStatus status) {
        jdbc.sql("update people_person set status = ? where id = ?").params(status.name(), personId).update();
    }
}
