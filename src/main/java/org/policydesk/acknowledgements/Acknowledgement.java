package org.policydesk.acknowledgements;

import java.time.LocalDateTime;

/** One person's place in a round: when they acknowledged (null while outstanding) and how often they were reminded. */
record Acknowledgement(long id, long roundId, long personId, LocalDateTime acknowledgedAt, int remindersSent) {
}
