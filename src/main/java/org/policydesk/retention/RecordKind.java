package org.policydesk.retention;

/**
 * The registers the retention schedule covers, with the date each one's clock starts from and
 * what happens when it runs out. Generated documents (letters, notices, certificates) follow the
 * record they were issued for; screenshots follow their incident. Camunda's own process history
 * is removed by the engine's history cleanup at each process's historyTimeToLive (2190 days).
 */
public enum RecordKind {

    /**
     * Anonymised, not deleted: the governors' report and the school's own trend-watching count
     * incidents by category, poster type and outcome over the years, which needs no names. The
     * reporter, the poster, what was said, links, references, notes and the screenshot go.
     */
    INCIDENT("incident", "Incidents (escalations)", "closure", Disposal.ANONYMISE),
    /**
     * Deleted with its status history and notices. The row has no end column: the end is the
     * status change that refused, revoked or ended it (officialuse_status_change.changed_at).
     * Records still requested, active or suspended have no end and are kept.
     */
    OFFICIAL_USER("official-user", "Official-user records", "refusal, revocation or leaving", Disposal.DELETE),
    /** Deleted with its account steps and certificate: it only evidences a finished hand-back. */
    HANDOVER("handover", "Handovers", "completion", Disposal.DELETE),
    /**
     * A round and its acknowledgements, deleted together: an acknowledgement means something only
     * with its round (the coverage). The round's completed_at is the end; a round that never
     * completed is kept. Guidance versions are the school's policy text, not personal data: kept.
     */
    ACKNOWLEDGEMENT_ROUND("acknowledgement-round", "Acknowledgement rounds", "completion of the round", Disposal.DELETE),
    /**
     * A cancelled account, deleted with its sealed secret. accounts_account has no closure column:
     * the closure is the account-cancelled audit entry. An account is kept while a handover still
     * in time refers to it (the handover's steps name it).
     */
    CLOSED_ACCOUNT("account", "Closed accounts", "cancellation", Disposal.DELETE),
    /**
     * A subject access request answered, deleted with its pack and summary a year after the response
     * by default: the pack is a copy of records that each have their own schedule, needed only while
     * the person may question the response, and it must not outlive the records it copied.
     */
    SUBJECT_ACCESS_REQUEST("subject-access-request", "Subject access requests", "sending of the response",
        Disposal.DELETE),
    /**
     * Deleted from the start of the trail, leaving a checkpoint so that the hash chain still
     * verifies (see audit.AuditChain#pruneBefore). Kept a year longer than the records, so that the
     * trail outlives everything it speaks about.
     */
    AUDIT_ENTRIES("audit-entry", "Audit entries", "entry being written", Disposal.DELETE);

    private final String recordType;
    private final String label;
    private final String countedFrom;
    private final Disposal disposal;

    RecordKind(String recordType, String label, String countedFrom, Disposal disposal) {
        this.recordType = recordType;
        this.label = label;
        this.countedFrom = countedFrom;
        this.disposal = disposal;
    }

    /** The record type the audit trail and documents_issued use for it. */
    public String recordType() {
        return recordType;
    }

    public String label() {
        return label;
    }

    public String countedFrom() {
        return countedFrom;
    }

    public Disposal disposal() {
        return disposal;
    }
}
