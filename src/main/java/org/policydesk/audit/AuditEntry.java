package org.policydesk.audit;

import java.time.LocalDateTime;

/**
 * One decision or event: who did what to which record, when, why, and from where ({@code origin}:
 * the client's address, "command line" or "PolicyDesk"; {@code null} on entries written before
 * PolicyDesk recorded it).
 */
public record AuditEntry(long id, String schoolId, LocalDateTime occurredAt, String actor, String action,
                         String recordType, String recordId, String detail, String reason, String origin) {
}
