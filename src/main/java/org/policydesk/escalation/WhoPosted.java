package org.policydesk.escalation;

import org.policydesk.people.PersonKind;

/** Who posted a comment, as the policy tells them apart. */
public enum WhoPosted {
    PUPIL(PersonKind.PUPIL), PARENT(PersonKind.PARENT), EMPLOYEE(PersonKind.EMPLOYEE),
    GOVERNOR(PersonKind.GOVERNOR), PUBLIC(null);

    private final PersonKind kind;

    WhoPosted(PersonKind kind) {
        this.kind = kind;
    }

    /** The kind of person in the people register this is, or null for the public. */
    PersonKind personKind() {
        return kind;
    }

    public static WhoPosted parse(String value) {
        return Choices.parse(WhoPosted.class, value, "who posted the comment");
    }
}
