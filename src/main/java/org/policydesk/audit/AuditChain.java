package org.policydesk.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks that a school's audit trail is exactly as it was written: each entry's hash covers its
 * own fields and the hash of the entry before it, so an edited, inserted or deleted row shows up
 * as the first entry whose hash no longer matches.
 */
@Service
public class AuditChain {

    static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    private final JdbcClient jdbc;

    AuditChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a verification found: intact, or the first entry that breaks the chain and why. */
    public record Verification(String schoolId, int entriesChecked, Long brokenAtEntry, String problem) {

        public boolean intact() {
            return brokenAtEntry == null;
        }

        public String describe() {
            return intact()
                ? "The audit trail of " + schoolId + " is intact: " + entriesChecked + " entries verified."
                : "The audit trail of " + schoolId + " is broken at entry " + brokenAtEntry + ": " + problem;
        }
    }

    @Transactional(readOnly = true)
    public Verification verify(String schoolId) {
        List<Row> rows = jdbc.sql("""
                select id, school_id, occurred_at, actor, action, record_type, record_id, detail, reason, origin,
                       previous_hash, entry_hash
                from audit_entry where school_id = ? order by id""")
            .param(schoolId).query(Row.class).list();
        String expectedPrevious = GENESIS;
        int checked = 0;
        for (Row row : rows) {
            if (!expectedPrevious.equals(row.previousHash())) {
                return new Verification(schoolId, checked, row.id(),
                    "it does not follow the entry before it (an entry was deleted, inserted or re-chained).");
            }
            if (!hash(row.previousHash(), row.entry()).equals(row.entryHash())) {
                return new Verification(schoolId, checked, row.id(),
                    "its contents were changed after it was written (" + row.entry().action() + " by "
                        + row.entry().actor() + ").");
            }
            expectedPrevious = row.entryHash();
            checked++;
        }
        String head = jdbc.sql("select last_hash from audit_chain where school_id = ?").param(schoolId)
            .query(String.class).optional().orElse(GENESIS);
        if (!head.equals(expectedPrevious)) {
            return new Verification(schoolId, checked, rows.isEmpty() ? 0L : rows.get(rows.size() - 1).id(),
                "the newest entries are missing (the trail ends before its recorded last entry).");
        }
        return new Verification(schoolId, checked, null, null);
    }

    /**
     * The origin joins the hashed text only when there is one: entries written before PolicyDesk
     * recorded origins have none, and their hashes, computed without it, still verify.
     */
    static String hash(String previousHash, AuditEntry entry) {
        String canonical = String.join("\u001f", previousHash, entry.schoolId(), INSTANT.format(entry.occurredAt()),
            entry.actor(), entry.action(), entry.recordType(), entry.recordId(),
            Objects.toString(entry.detail(), "\u0000"), Objects.toString(entry.reason(), "\u0000"));
        if (entry.origin() != null) {
            canonical = canonical + "\u001f" + entry.origin();
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private record Row(long id, String schoolId, java.time.LocalDateTime occurredAt, String actor, String action,
                       String recordType, String recordId, String detail, String reason, String origin,
                       String previousHash, String entryHash) {

        AuditEntry entry() {
            return new AuditEntry(id, schoolId, occurredAt, actor, action, recordType, recordId, detail, reason, origin);
        }
    }
}
