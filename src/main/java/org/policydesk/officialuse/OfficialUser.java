package org.policydesk.officialuse;

import java.time.LocalDateTime;

/** A row of the official users register: one request and what became of it. */
public record OfficialUser(long id, String schoolId, long personId, OfficialUseStatus status, String purpose,
                           String requestedBy, LocalDateTime requestedAt, String decidedBy, LocalDateTime decidedAt,
                           LocalDateTime guidanceAcknowledgedAt) {
}
