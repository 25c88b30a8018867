package org.policydesk.mailmerge;

import java.util.List;

/**
 * A contact list that passed every check: every row is usable, so a merge from it cannot stop
 * half-way for bad data. {@code format} says how it was read ("CSV, UTF-8", "CSV, Windows-1252", "XLSX").
 */
public record ContactList(String source, String format, List<Contact> contacts) {

    public ContactList {
        contacts = List.copyOf(contacts);
    }

    public int size() {
        return contacts.size();
    }
}
