package org.policydesk.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * What the governors see each term. It names staff and governors (official-user changes) but never
 * a pupil or a parent: incidents appear as counts and anonymised references only.
 */
public record GovernorReport(String schoolName, Term term, LocalDate preparedOn,
                             List<Count> incidentsByCategory, List<Count> incidentsByOutcome, int praiseReceived,
                             int incidentsReported, List<OpenEscalation> openEscalations, int overdueEscalations,
                             List<OfficialUserChange> officialUserChanges, Coverage policyAcknowledgement,
                             Coverage guidanceAcknowledgement, LocalDate policyReviewDate, boolean policyReviewOverdue) {

    /** A bar of a chart: a label, a count, and its length as a share of the longest bar. */
    public record Count(String label, int count, int percentOfLargest) {
    }

    /** An escalation still open: reference like INC-0042, what it is, where it waits and until when. */
    public record OpenEscalation(String reference, String category, String path, String waitingFor, LocalDate due,
                                 boolean overdue) {
    }

    public record OfficialUserChange(LocalDate on, String person, String change, String decidedBy) {
    }

    /** How many of those asked have acknowledged; absent when no round has been held. */
    public record Coverage(String round, int acknowledged, int asked) {

        public int percent() {
            return asked == 0 ? 100 : Math.round(100f * acknowledged / asked);
        }
    }
}
