package org.policydesk.audit;

import java.time.LocalDateTime;

/** One decision or event: who did what to which record, when, and why. */
public record AuditEntry(long id, String schoolId, LocalDateTime occurredAt, String actor, String action,
                         String recordType, String recordId, String detail, String reason) {
}
