package org.policydesk.acknowledgements;

import java.time.LocalDateTime;

/** Rules and guidance for official use, as issued by the leadership team. */
public record GuidanceVersion(long id, String schoolId, String label, String summary, String issuedBy,
                              LocalDateTime issuedAt) {
}
