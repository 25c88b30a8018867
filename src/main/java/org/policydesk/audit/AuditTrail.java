package org.policydesk.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The append-only record of every decision. Callers pass what happened in plain words; secrets
 * never reach it (account details are referred to by platform and handle only).
 */
@Service
public class AuditTrail {

    private static final String COLUMNS =
        "id, school_id, occurred_at, actor, action, record_type, record_id, detail, reason";

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String schoolId, String actor, String action, String recordType, Object recordId,
                       String detail, String reason) {
        jdbc.sql("""
                insert into audit_entry (school_id, occurred_at, actor, action, record_type, record_id, detail, reason)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(schoolId, LocalDateTime.now(clock), actor, action, recordType, String.valueOf(recordId),
                    detail, reason)
            .update();
    }

    public List<AuditEntry> entriesFor(String recordType, Object recordId) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry where record_type = ? and record_id = ? order by id")
            .params(recordType, String.valueOf(recordId)).query(AuditEntry.class).list();
    }

    public List<AuditEntry> entriesBy(String actor) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry where actor = ? order by id")
            .param(actor).query(AuditEntry.class).list();
    }
}
