package org.policydesk.handover;

public enum HandoverStatus {
    OPEN, COMPLETE
}
