package org.policydesk.officialuse;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.policydesk.database.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class OfficialUsers {

    private static final String COLUMNS = "id, school_id, person_id, status, purpose, requested_by, requested_at, "
        + "decided_by, decided_at, guidance_acknowledged_at";

    private final JdbcClient jdbc;

    OfficialUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(String schoolId, long personId, OfficialUseStatus status, String purpose, String requestedBy,
             LocalDateTime at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into officialuse_official_user (school_id, person_id, status, purpose, requested_by, requested_at)
                values (?, ?, ?, ?, ?, ?)""")
            .params(schoolId, personId, status.name(), purpose, requestedBy, at)
            .update(keys, "id");
        long id = keys.getKey().longValue();
        addHistory(id, status, requestedBy, at, purpose);
        return id;
    }

    Optional<OfficialUser> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from officialuse_official_user where id = ?").param(id)
            .query(RecordRows.of(OfficialUser.class)).optional();
    }

    Optional<OfficialUser> currentFor(long personId) {
        return jdbc.sql("select " + COLUMNS + " from officialuse_official_user where person_id = ? "
                + "and status in ('REQUESTED', 'ACTIVE', 'SUSPENDED')")
            .param(personId).query(RecordRows.of(OfficialUser.class)).optional();
    }

    List<OfficialUser> ofSchool(String schoolId) {
        return jdbc.sql("select " + COLUMNS + " from officialuse_official_user where school_id = ? order by id")
            .param(schoolId).query(RecordRows.of(OfficialUser.class)).list();
    }

    List<OfficialUser> withStatus(String schoolId, OfficialUseStatus status) {
        return jdbc.sql("select " + COLUMNS + " from officialuse_official_user where school_id = ? and status = ? order by id")
            .params(schoolId, status.name()).query(RecordRows.of(OfficialUser.class)).list();
    }

    void changeStatus(long id, OfficialUseStatus status, String changedBy, LocalDateTime at, String reason) {
        jdbc.sql("update officialuse_official_user set status = ? where id = ?").params(status.name(), id).update();
        addHistory(id, status, changedBy, at, reason);
    }

    void recordDecision(long id, String decidedBy, LocalDateTime at) {
        jdbc.sql("update officialuse_official_user set decided_by = ?, decided_at = ? where id = ?")
            .params(decidedBy, at, id).update();
    }

    void recordGuidanceAcknowledged(long id, LocalDateTime at) {
        jdbc.sql("update officialuse_official_user set guidance_acknowledged_at = ? where id = ?").params(at, id).update();
    }

    List<StatusChange> history(long id) {
        return jdbc.sql("select official_user_id, status, changed_by, changed_at, reason from officialuse_status_change "
                + "where official_user_id = ? order by id")
            .param(id).query(RecordRows.of(StatusChange.class)).list();
    }

    private void addHistory(long id, OfficialUseStatus status, String changedBy, LocalDateTime at, String reason) {
        jdbc.sql("""
                insert into officialuse_status_change (official_user_id, status, changed_by, changed_at, reason)
                values (?, ?, ?, ?, ?)""")
            .params(id, status.name(), changedBy, at, reason).update();
    }
}
