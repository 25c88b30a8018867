package org.policydesk.mailmerge;

import java.time.LocalDate;

/**
 * What the office asks for: the annual letter for {@code schoolYear} to everyone on the contact
 * list, with a reply slip to return by {@code returnBy} (optional), emailed if {@code send}.
 */
public record MergeRequest(String schoolId, ContactList contacts, SchoolYear schoolYear, LocalDate returnBy,
                           boolean send) {
}
