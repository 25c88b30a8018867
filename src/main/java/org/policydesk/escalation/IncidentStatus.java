package org.policydesk.escalation;

public enum IncidentStatus {
    OPEN, CLOSED
}
