package org.policydesk.officialuse;

import java.time.LocalDateTime;

/** One step in an official user's history: what their status became, who changed it, when and why. */
public record StatusChange(long officialUserId, OfficialUseStatus status, String changedBy, LocalDateTime changedAt,
                           String reason) {
}
