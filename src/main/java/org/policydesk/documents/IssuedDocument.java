package org.policydesk.documents;

import java.time.LocalDateTime;

/**
 * A letter or notice a process step produced, linked to its register record. {@code name} is the
 * file's path inside the output folder.
 */
public record IssuedDocument(long id, String schoolId, String recordType, String recordId, String kind, String name,
                             String issuedBy, LocalDateTime issuedAt) {
}
