package org.policydesk.retention;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long PolicyDesk keeps each kind of record after it ended ({@code policydesk.retention.*}, as
 * "6y" or "P6Y"), and when the daily job runs. The school reviews these against its own retention
 * policy; the defaults follow the usual schools' toolkit: six years after the matter ended (the
 * Limitation Act's six years for a claim), seven for the audit trail so that it outlives every
 * record it speaks about. {@code schedule} is off in tests, which call the job themselves.
 */
@ConfigurationProperties("policydesk.retention")
public record RetentionSettings(@DefaultValue("false") boolean schedule,
                                @DefaultValue("0 0 2 * * *") String cron,
                                @DefaultValue("6y") Period incidents,
                                @DefaultValue("6y") Period officialUsers,
                                @DefaultValue("6y") Period handovers,
                                @DefaultValue("6y") Period acknowledgements,
                                @DefaultValue("6y") Period closedAccounts,
                                @DefaultValue("1y") Period subjectAccessRequests,
                                @DefaultValue("7y") Period auditEntries) {

    Period of(RecordKind kind) {
        return switch (kind) {
            case INCIDENT -> incidents;
            case OFFICIAL_USER -> officialUsers;
            case HANDOVER -> handovers;
            case ACKNOWLEDGEMENT_ROUND -> acknowledgements;
            case CLOSED_ACCOUNT -> closedAccounts;
            case SUBJECT_ACCESS_REQUEST -> subjectAccessRequests;
            case AUDIT_ENTRIES -> auditEntries;
        };
    }
}
