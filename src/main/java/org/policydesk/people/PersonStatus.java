package org.policydesk.people;

/** Where a person stands with the school: suspension and leaving change what they may do. */
public enum PersonStatus {
    CURRENT, SUSPENDED, LEFT
}
