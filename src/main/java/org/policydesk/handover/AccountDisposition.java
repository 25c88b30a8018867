package org.policydesk.handover;

/** What became of an account the leaver held. */
public enum AccountDisposition {
    /** Transferred to a named official user. */
    TRANSFERRED,
    /** Transferred to the school office, which holds it until someone is named. */
    TO_SCHOOL_OFFICE,
    CANCELLED
}
