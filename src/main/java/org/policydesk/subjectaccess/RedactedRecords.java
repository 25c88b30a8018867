package org.policydesk.subjectaccess;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policydesk.audit.AuditEntry;

/**
 * A register's rows as the person receives them: columns that hold someone's id in the people
 * register become a name (theirs or their family's) or "[redacted]", columns that hold a sign-in
 * become who acted in words, free text loses other people's names, and dates become ISO-8601.
 */
final class RedactedRecords {

    /** Columns naming a person by their id in the people register (see db/migration). */
    static final Set<String> PERSON_COLUMNS = Set.of("person_id", "holder_person_id", "poster_person_id",
        "leaver_person_id", "transferred_to", "addressee_person_id", "parent_id", "pupil_id", "subject_person_id");
    /** Columns naming someone by the sign-in they acted with. */
    static final Set<String> SIGN_IN_COLUMNS = Set.of("reported_by", "requested_by", "decided_by", "changed_by",
        "recorded_by", "closed_by", "triaged_by", "legal_decided_by", "issued_by", "surrender_recorded_by",
        "rotated_by", "disposed_by", "started_by", "actor", "deputy_user_id", "disabled_by", "sent_by");
    /** Never disclosed: the hash chain is the school's tamper evidence, not personal data. */
    static final Set<String> LEFT_OUT = Set.of("secret_sealed", "previous_hash", "entry_hash");

    private RedactedRecords() {
    }

    static List<Map<String, Object>> rows(List<Map<String, Object>> rows, Redaction redaction) {
        return rows.stream().map(row -> row(row, redaction)).toList();
    }

    static Map<String, Object> row(Map<String, Object> row, Redaction redaction) {
        Map<String, Object> result = new LinkedHashMap<>();
        row.forEach((column, value) -> {
            if (LEFT_OUT.contains(column)) {
                return;
            }
            if (PERSON_COLUMNS.contains(column)) {
                result.put(column, redaction.person(value));
            } else if (SIGN_IN_COLUMNS.contains(column)) {
                result.put(column, value == null ? null : redaction.who(value.toString()));
            } else {
                result.put(column, plain(value, redaction));
            }
        });
        return result;
    }

    static Map<String, Object> entry(AuditEntry entry, Redaction redaction) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("id", entry.id());
        result.put("occurred_at", entry.occurredAt().toString());
        result.put("actor", redaction.who(entry.actor()));
        result.put("action", entry.action());
        result.put("record_type", entry.recordType());
        result.put("record_id", recordId(entry, redaction));
        result.put("detail", redaction.text(entry.detail()));
        result.put("reason", redaction.text(entry.reason()));
        return result;
    }

    /** A record about another person is named by type only. */
    static String recordId(AuditEntry entry, Redaction redaction) {
        if ("person".equals(entry.recordType()) && !String.valueOf(redaction.subject().id()).equals(entry.recordId())) {
            return Redaction.REDACTED;
        }
        return redaction.text(entry.recordId());
    }

    private static Object plain(Object value, Redaction redaction) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof LocalDateTime || value instanceof LocalDate) {
            return value.toString();
        }
        if (value instanceof String text) {
            return redaction.text(text);
        }
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return redaction.text(value.toString());
    }
}
