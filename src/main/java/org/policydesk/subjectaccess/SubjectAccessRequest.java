package org.policydesk.subjectaccess;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A row of the subject access register. {@code askedBy} is empty when the person asked for
 * themselves; {@code packName} and {@code summaryName} are files in the output folder.
 */
public record SubjectAccessRequest(long id, String schoolId, long subjectPersonId, String askedBy,
                                   LocalDate receivedOn, ReceivedHow receivedHow, LocalDate dueOn,
                                   RequestStatus status, String recordedBy, LocalDateTime recordedAt,
                                   String packName, String summaryName, LocalDateTime packProducedAt,
                                   String sentBy, LocalDate sentOn, SentHow sentHow, String responseNote) {
}
