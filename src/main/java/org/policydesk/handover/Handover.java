package org.policydesk.handover;

import java.time.LocalDateTime;

/** A row of the handover register: one leaver's accounts being handed back to the school. */
public record Handover(long id, String schoolId, long leaverPersonId, HandoverReason reason, HandoverStatus status,
                       LocalDateTime startedAt, LocalDateTime completedAt, LeaverAssistance leaverAssistance,
                       String assistanceNote, String outcome) {
}
