package org.policydesk.retention;

import java.time.LocalDate;

/**
 * A record whose time is up: what it is, what will happen to it and since when it may go
 * ({@code erasableFrom}, the day after its end date plus its period). {@code recordId} is the
 * register's id; for audit entries it is the newest entry the pruning would reach, and
 * {@code count} how many entries that is.
 */
public record ExpiredRecord(String schoolId, RecordKind kind, String recordId, String reference, LocalDate endedOn,
                            LocalDate erasableFrom, int count) {

    public Disposal disposal() {
        return kind.disposal();
    }

    /** "Anonymised: names, free text and the screenshot removed", for the dry-run table. */
    public String whatHappens() {
        return switch (kind) {
            case INCIDENT -> "Anonymised: names, what was said, links, references, notes, letters and the screenshot "
                + "removed; category, dates and outcome kept";
            case OFFICIAL_USER -> "Deleted with its status history and notices";
            case HANDOVER -> "Deleted with its account steps and certificate";
            case ACKNOWLEDGEMENT_ROUND -> "Deleted with its acknowledgements";
            case CLOSED_ACCOUNT -> "Deleted with its sealed password";
            case SUBJECT_ACCESS_REQUEST -> "Deleted with its pack and summary";
            case AUDIT_ENTRIES -> count + " entries deleted from the start of the trail; a checkpoint keeps it verifiable";
        };
    }
}
