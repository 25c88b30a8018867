package org.policydesk.people;

public enum PersonKind {
    EMPLOYEE, GOVERNOR, PUPIL, PARENT
}
