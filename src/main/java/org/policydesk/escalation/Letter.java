package org.policydesk.escalation;

/** The letters an incident can call for; the documents feature writes them from the request. */
public enum Letter {
    AGE_LIMIT("age-limit-letter-requested", "letter explaining the minimum age of 13"),
    PROPER_CHANNELS("proper-channels-letter-requested", "letter asking to use the proper channels (Complaints Policy)"),
    REMOVAL_REQUEST("removal-letter-requested", "letter asking for the comment to be removed"),
    FINAL_BEFORE_LEGAL("final-letter-requested", "final letter before legal options");

    private final String auditAction;
    private final String description;

    Letter(String auditAction, String description) {
        this.auditAction = auditAction;
        this.description = description;
    }

    String auditAction() {
        return auditAction;
    }

    String description() {
        return description;
    }
}
