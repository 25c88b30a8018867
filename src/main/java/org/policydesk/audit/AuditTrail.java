package org.policydesk.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of every decision. Callers pass what happened in plain words; secrets
 * never reach it (account details are referred to by platform and handle only). Entries are
 * hash-chained per school: see {@link AuditChain}.
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

    @Transactional
    public void record(String schoolId, String actor, String action, String recordType, Object recordId,
                       String detail, String reason) {
        // Millisecond precision: what every supported database stores exactly, so the hash verifies.
        AuditEntry entry = new AuditEntry(0, schoolId, LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS),
            actor, action, recordType, String.valueOf(recordId), detail, reason);
        String previous = lockChainHead(schoolId);
        String hash = AuditChain.hash(previous, entry);
        jdbc.sql("""
                insert into audit_entry (school_id, occurred_at, actor, action, record_type, record_id, detail, reason,
                                         previous_hash, entry_hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(schoolId, entry.occurredAt(), actor, action, recordType, entry.recordId(), detail, reason,
                previous, hash)
            .update();
        jdbc.sql("update audit_chain set last_hash = ? where school_id = ?").params(hash, schoolId).update();
    }

    public List<AuditEntry> entriesFor(String recordType, Object recordId) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry where record_type = ? and record_id = ? order by id")
            .params(recordType, String.valueOf(recordId)).query(AuditEntry.class).list();
    }

    public List<AuditEntry> entriesBy(String actor) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry where actor = ? order by id")
            .param(actor).query(AuditEntry.class).list();
    }

    private String lockChainHead(String schoolId) {
        List<String> head = jdbc.sql("select last_hash from audit_chain where school_id = ? for update")
            .param(schoolId).query(String.class).list();
        if (!head.isEmpty()) {
            return head.get(0);
        }
        jdbc.sql("insert into audit_chain (school_id, last_hash) values (?, ?)").params(schoolId, AuditChain.GENESIS)
            .update();
        return AuditChain.GENESIS;
    }
}
