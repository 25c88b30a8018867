package org.policydesk.handover;

/** Why official use ended: the person left (employment or appointment ended), or it was revoked. */
public enum HandoverReason {
    LEFT, REVOKED;

    static HandoverReason parse(Object value) {
        for (HandoverReason reason : values()) {
            if (reason.name().equals(value)) {
                return reason;
            }
        }
        throw new IllegalArgumentException("A handover needs handoverReason LEFT or REVOKED, not '" + value + "'.");
    }
}
