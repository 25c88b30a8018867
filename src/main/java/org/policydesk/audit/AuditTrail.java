package org.policydesk.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.policydesk.database.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of every decision. Callers pass what happened in plain words; secrets
 * never reach it (account details are referred to by platform and handle only). Each entry also
 * says where it came from (see {@link AuditOrigin}), so callers need not. Entries are
 * hash-chained per school: see {@link AuditChain}.
 */
@Service
public class AuditTrail {

    private static final String COLUMNS =
        "id, school_id, occurred_at, actor, action, record_type, record_id, detail, reason, origin";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditOrigin origin;

    AuditTrail(JdbcClient jdbc, Clock clock, AuditOrigin origin) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.origin = origin;
    }

    @Transactional
    public void record(String schoolId, String actor, String action, String recordType, Object recordId,
                       String detail, String reason) {
        // Millisecond precision: what every supported database stores exactly, so the hash verifies.
        AuditEntry entry = new AuditEntry(0, schoolId, LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS),
            actor, action, recordType, String.valueOf(recordId), detail, reason, origin.current());
        String previous = lockChainHead(schoolId);
        String hash = AuditChain.hash(previous, entry);
        jdbc.sql("""
                insert into audit_entry (school_id, occurred_at, actor, action, record_type, record_id, detail, reason,
                                         origin, previous_hash, entry_hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(schoolId, entry.occurredAt(), actor, action, recordType, entry.recordId(), detail, reason,
                entry.origin(), previous, hash)
            .update();
        jdbc.sql("update audit_chain set last_hash = ? where school_id = ?").params(hash, schoolId).update();
    }

    public List<AuditEntry> entriesFor(String recordType, Object recordId) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry where record_type = ? and record_id = ? order by id")
            .params(recordType, String.valueOf(recordId)).query(RecordRows.of(AuditEntry.class)).list();
    }

    public List<AuditEntry> entriesBy(String actor) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry where actor = ? order by id")
            .param(actor).query(RecordRows.of(AuditEntry.class)).list();
    }

    /** A page of a school's entries matching the query, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query, int offset, int limit) {
        Where where = where(query);
        List<Object> params = new ArrayList<>(where.params());
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select " + COLUMNS + " from audit_entry" + where.sql() + " order by id desc limit ? offset ?")
            .params(params).query(RecordRows.of(AuditEntry.class)).list();
    }

    @Transactional(readOnly = true)
    public int count(AuditQuery query) {
        Where where = where(query);
        return jdbc.sql("select count(*) from audit_entry" + where.sql()).params(where.params())
            .query(Integer.class).single();
    }

    /** Everyone who appears as the actor of an entry in the school's trail, for the page's person filter. */
    @Transactional(readOnly = true)
    public List<String> actors(String schoolId) {
        return jdbc.sql("select distinct actor from audit_entry where school_id = ? order by actor").param(schoolId)
            .query(String.class).list();
    }

    /** The kinds of record the school's trail mentions, for the page's record filter. */
    @Transactional(readOnly = true)
    public List<String> recordTypes(String schoolId) {
        return jdbc.sql("select distinct record_type from audit_entry where school_id = ? order by record_type")
            .param(schoolId).query(String.class).list();
    }

    private static Where where(AuditQuery query) {
        StringBuilder sql = new StringBuilder(" where school_id = ?");
        List<Object> params = new ArrayList<>(List.of(query.schoolId()));
        if (hasText(query.actor())) {
            sql.append(" and actor = ?");
            params.add(query.actor());
        }
        if (hasText(query.recordType())) {
            sql.append(" and record_type = ?");
            params.add(query.recordType());
        }
        if (hasText(query.recordId())) {
            sql.append(" and record_id = ?");
            params.add(query.recordId());
        }
        if (query.from() != null) {
            sql.append(" and occurred_at >= ?");
            params.add(query.from().atStartOfDay());
        }
        if (query.to() != null) {
            sql.append(" and occurred_at < ?");
            params.add(query.to().plusDays(1).atStartOfDay());
        }
        return new Where(sql.toString(), params);
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private record Where(String sql, List<Object> params) {
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
