package org.policydesk.subjectaccess;

import java.util.List;
import java.util.Map;

/**
 * Which columns of each register the PDF summary shows, with their headings and widths (per
 * cent). Every column is in the pack's JSON; a register not listed here is summarised by its
 * number of entries and where to find them.
 */
final class SummaryColumns {

    record Column(String name, String header, int widthPercent) {
    }

    static final Map<String, List<Column>> BY_REGISTER = Map.of(
        "official-use", List.of(new Column("id", "Record", 9), new Column("status", "Status", 13),
            new Column("purpose", "Purpose", 38), new Column("requested_at", "Requested", 20),
            new Column("decided_by", "Decided by", 20)),
        "official-use-changes", List.of(new Column("official_user_id", "Record", 9), new Column("status", "Status", 13),
            new Column("changed_by", "By", 18), new Column("changed_at", "When", 20), new Column("reason", "Reason", 40)),
        "accounts", List.of(new Column("platform", "Platform", 15), new Column("handle", "Account", 30),
            new Column("login_id", "Sign-in name", 25), new Column("status", "Status", 12),
            new Column("recorded_at", "Recorded", 18)),
        "handovers", List.of(new Column("id", "Record", 9), new Column("reason", "Reason", 15),
            new Column("status", "Status", 12), new Column("started_at", "Started", 18),
            new Column("completed_at", "Completed", 18), new Column("outcome", "Outcome", 28)),
        "incidents", List.of(new Column("id", "Record", 11), new Column("reported_at", "Reported", 15),
            new Column("reported_by", "Reported by", 14), new Column("platform", "Platform", 11),
            new Column("content", "What was posted", 29), new Column("status", "Status", 10),
            new Column("outcome", "Outcome", 10)),
        "acknowledgements", List.of(new Column("round_id", "Round", 12), new Column("subject", "What", 22),
            new Column("started_at", "Asked", 33), new Column("acknowledged_at", "Acknowledged", 33)),
        "subject-access-requests", List.of(new Column("id", "Request", 11), new Column("received_on", "Received", 15),
            new Column("received_how", "How", 13), new Column("due_on", "Due", 15), new Column("status", "Status", 15),
            new Column("sent_on", "Sent", 15), new Column("sent_how", "Sent how", 16)));

    private SummaryColumns() {
    }
}
