package org.policydesk.audit;

import java.time.LocalDate;

/**
 * What the audit page asks for: one school's entries, narrowed by who acted, which record (type,
 * and optionally its id) and the days they happened on (both ends included). Blank means any.
 */
public record AuditQuery(String schoolId, String actor, String recordType, String recordId, LocalDate from,
                         LocalDate to) {

    public static AuditQuery everything(String schoolId) {
        return new AuditQuery(schoolId, null, null, null, null, null);
    }
}
