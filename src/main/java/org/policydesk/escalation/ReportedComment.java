package org.policydesk.escalation;

import java.time.LocalDateTime;

/**
 * What someone reports about a comment on social media. Only the platform and what the comment
 * says are required; who posted it may be known by name ({@code posterDescription}) and, when
 * they are in the people register, by {@code posterPersonId}.
 */
public record ReportedComment(String platform, String link, LocalDateTime postedAt, String posterDescription,
                              Long posterPersonId, String content) {

    public static ReportedComment of(String platform, String content) {
        return new ReportedComment(platform, null, null, null, null, content);
    }

    public ReportedComment postedBy(String description, Long personId) {
        return new ReportedComment(platform, link, postedAt, description, personId, content);
    }

    public ReportedComment at(String link, LocalDateTime postedAt) {
        return new ReportedComment(platform, link, postedAt, posterDescription, posterPersonId, content);
    }
}
