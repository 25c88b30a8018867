package org.policydesk.escalation;

import java.time.LocalDateTime;

/** A row of the incident register: the report, the triage, what each step recorded and the outcome. */
public record Incident(long id, String schoolId, String reportedBy, LocalDateTime reportedAt, String platform,
                       String link, LocalDateTime postedAt, String posterDescription, Long posterPersonId,
                       String content, WhoPosted whoPosted, WhatItIs whatItIs, String triagedBy,
                       LocalDateTime triagedAt, EscalationPath path, boolean serious, boolean pupilUnder13Account,
                       boolean policeFirst, boolean reportAbuse, boolean removalLetter, String actionGroup,
                       String crimeReference, String platformReportReference, String antiBullyingReference,
                       Boolean removed, Boolean stillSerious, String legalDecision, String legalDecidedBy,
                       Boolean legalAgreed, IncidentStatus status, IncidentOutcome outcome, String outcomeNote,
                       String closedBy, LocalDateTime closedAt) {
}
