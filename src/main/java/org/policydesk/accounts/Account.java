package org.policydesk.accounts;

import java.time.LocalDateTime;

/** A school social media account as the register shows it: never with its secret. */
public record Account(long id, String schoolId, Long holderPersonId, String platform, String handle, String loginId,
                      AccountStatus status, LocalDateTime recordedAt, LocalDateTime lastRotatedAt) {
}
