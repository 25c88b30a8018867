package org.policydesk.acknowledgements;

import java.time.LocalDateTime;
import java.util.List;

/** Who has and who has not acknowledged in a round, as the governors' report shows it. */
public record RoundCoverage(Round round, List<Entry> acknowledged, List<Entry> outstanding) {

    public record Entry(long personId, String fullName, LocalDateTime acknowledgedAt, int remindersSent) {
    }

    public int total() {
        return acknowledged.size() + outstanding.size();
    }

    public boolean complete() {
        return outstanding.isEmpty();
    }
}
