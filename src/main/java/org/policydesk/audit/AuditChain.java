package org.policydesk.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.policydesk.database.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks that a school's audit trail is exactly as it was written: each entry's hash covers its
 * own fields and the hash of the entry before it, so an edited, inserted or deleted row shows up
 * as the first entry whose hash no longer matches. Entries older than the retention schedule
 * allows are pruned from the start of the trail ({@link #pruneBefore}); verification then starts
 * from the checkpoint the pruning left (see V80__audit_checkpoint.sql).
 */
@Service
public class AuditChain {

    static final String GENESIS = "0".repeat(64);
    /** The action of the entry a pruning writes; it quotes the checkpoint's hash. */
    public static final String PRUNED = "audit-trail-pruned";
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    AuditChain(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
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

    /** Entries that a pruning before a cut-off would remove: the oldest run of entries all older than it. */
    public record Prunable(int entries, long throughEntry, LocalDateTime oldest) {
    }

    @Transactional(readOnly = true)
    public Verification verify(String schoolId) {
        Checkpoint start = checkpoint(schoolId);
        List<Row> rows = jdbc.sql("""
                select id, school_id, occurred_at, actor, action, record_type, record_id, detail, reason, origin,
                       previous_hash, entry_hash
                from audit_entry where school_id = ? and id > ? order by id""")
            .params(schoolId, start.lastPrunedId()).query(RecordRows.of(Row.class)).list();
        if (start.lastPrunedId() > 0 && !confirmed(schoolId, start)) {
            return new Verification(schoolId, 0, rows.isEmpty() ? start.lastPrunedId() : rows.get(0).id(),
                "its start was moved to entry " + start.lastPrunedId() + " without an audit entry recording that "
                    + "pruning (entries were deleted and the checkpoint written by hand).");
        }
        String expectedPrevious = start.lastPrunedHash();
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

    /** What {@link #pruneBefore} would remove now; empty when nothing is that old. */
    @Transactional(readOnly = true)
    public Optional<Prunable> prunableBefore(String schoolId, LocalDateTime cutoff) {
        long after = checkpoint(schoolId).lastPrunedId();
        Long firstKept = jdbc.sql("select min(id) from audit_entry where school_id = ? and id > ? and occurred_at >= ?")
            .params(schoolId, after, cutoff).query(Long.class).list().stream().filter(Objects::nonNull).findFirst()
            .orElse(null);
        // A later entry with an earlier time (a clock set back) ends the run: the trail is pruned from its
        // start only, so that what is left still chains from the checkpoint.
        return jdbc.sql("""
                select count(*) as entries, max(id) as through_entry, min(occurred_at) as oldest from audit_entry
                where school_id = ? and id > ? and id < ?""")
            .params(schoolId, after, firstKept == null ? Long.MAX_VALUE : firstKept)
            .query((row, n) -> row.getInt("entries") == 0 ? null : new Prunable(row.getInt("entries"),
                row.getLong("through_entry"), row.getTimestamp("oldest").toLocalDateTime()))
            .list().stream().filter(Objects::nonNull).findFirst();
    }

    /**
     * Removes a school's entries older than {@code cutoff} from the start of its trail, writes the
     * checkpoint verification starts from, and records the pruning as an entry quoting the
     * checkpoint's hash. A trail that does not verify is left whole: it is evidence.
     *
     * @return how many entries were removed
     */
    @Transactional
    public int pruneBefore(String schoolId, LocalDateTime cutoff, String actor, LocalDateTime now) {
        // Writers line up on the chain head; so does the pruning, which appends an entry too.
        jdbc.sql("select last_hash from audit_chain where school_id = ? for update").param(schoolId)
            .query(String.class).list();
        Verification before = verify(schoolId);
        if (!before.intact()) {
            throw new IllegalStateException(before.describe() + " Nothing was pruned, so the evidence stays.");
        }
        Optional<Prunable> prunable = prunableBefore(schoolId, cutoff);
        if (prunable.isEmpty()) {
            return 0;
        }
        long through = prunable.get().throughEntry();
        String hash = jdbc.sql("select entry_hash from audit_entry where id = ?").param(through).query(String.class)
            .single();
        int removed = jdbc.sql("delete from audit_entry where school_id = ? and id > ? and id <= ?")
            .params(schoolId, checkpoint(schoolId).lastPrunedId(), through).update();
        jdbc.sql("""
                insert into audit_checkpoint (school_id, last_pruned_id, last_pruned_hash, entries_pruned, pruned_before,
                                              pruned_at)
                values (?, ?, ?, ?, ?, ?)""")
            .params(schoolId, through, hash, removed, cutoff, now).update();
        audit.record(schoolId, actor, PRUNED, "audit-trail", schoolId, removed + " entries written before "
            + cutoff.toLocalDate() + " removed under the retention schedule; the trail now starts after entry "
            + through + ", whose hash is " + hash + ".", null);
        return removed;
    }

    private Checkpoint checkpoint(String schoolId) {
        return jdbc.sql("""
                select last_pruned_id, last_pruned_hash from audit_checkpoint where school_id = ?
                order by last_pruned_id desc fetch first 1 rows only""")
            .param(schoolId).query(RecordRows.of(Checkpoint.class)).optional().orElse(new Checkpoint(0, GENESIS));
    }

    /** The pruning that wrote the checkpoint left an entry after it saying so, whose hash the loop then checks. */
    private boolean confirmed(String schoolId, Checkpoint start) {
        return jdbc.sql("select count(*) from audit_entry where school_id = ? and id > ? and action = ? and detail like ?")
            .params(schoolId, start.lastPrunedId(), PRUNED, "%" + start.lastPrunedHash() + "%")
            .query(Long.class).single() > 0;
    }

    private record Checkpoint(long lastPrunedId, String lastPrunedHash) {
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
