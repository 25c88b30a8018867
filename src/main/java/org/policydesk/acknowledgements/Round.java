package org.policydesk.acknowledgements;

import java.time.LocalDateTime;

/** One acknowledgement round: who started it, about what, and when everyone had acknowledged. */
public record Round(long id, String schoolId, AcknowledgementSubject subject, Long guidanceVersionId, String startedBy,
                    LocalDateTime startedAt, LocalDateTime completedAt) {
}
