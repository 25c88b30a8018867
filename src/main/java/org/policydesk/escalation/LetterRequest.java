package org.policydesk.escalation;

import java.time.LocalDateTime;

/** A letter an incident calls for; {@code addresseePersonId} is empty when the office must find the addressee. */
public record LetterRequest(long id, long incidentId, Letter letter, Long addresseePersonId,
                            LocalDateTime requestedAt) {
}
