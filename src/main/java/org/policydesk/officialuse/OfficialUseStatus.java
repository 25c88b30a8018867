package org.policydesk.officialuse;

public enum OfficialUseStatus {
    REQUESTED, REFUSED, ACTIVE, SUSPENDED, REVOKED, ENDED;

    /** A request still open, or official use that has not ended. */
    public boolean isCurrent() {
        return this == REQUESTED || this == ACTIVE || this == SUSPENDED;
    }
}
