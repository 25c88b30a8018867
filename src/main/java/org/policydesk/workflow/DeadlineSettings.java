package org.policydesk.workflow;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** How long each kind of step may take before it is due, and how often reminders follow. */
@ConfigurationProperties("policydesk.deadlines")
public record DeadlineSettings(int approvalDays, int accountDetailsDays, int guidanceAcknowledgementDays,
                               int policyAcknowledgementDays, int reminderEveryDays, int governorConsultationDays,
                               int handoverStepDays, int triageDays, int policeHours, int actionDays,
                               int removalFollowUpDays, int legalReviewDays) {
}
