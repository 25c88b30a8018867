package org.policydesk.acknowledgements;

/** What a round asks people to acknowledge. */
public enum AcknowledgementSubject {
    /** The Social Media Policy itself: every current employee and governor. */
    POLICY,
    /** New rules and guidance issued by the leadership team: every active official user. */
    GUIDANCE
}
