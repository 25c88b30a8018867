package org.policydesk.escalation;

/**
 * How an incident ended. {@link #RECORDED} is set only by the process itself, for praise and fair
 * comment that need no action; the leadership team closes every other incident with one of the rest.
 */
public enum IncidentOutcome {
    RECORDED, REMOVED, NOT_REMOVED, REFERRED, NO_ACTION;

    public static IncidentOutcome parse(String value) {
        return Choices.parse(IncidentOutcome.class, value, "the outcome");
    }
}
