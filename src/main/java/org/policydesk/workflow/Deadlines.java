package org.policydesk.workflow;

import java.time.Duration;
import java.time.Period;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Due dates and timer durations for the process models, read as {@code ${deadlines.approval()}}.
 * Due dates are counted from the engine's clock so that tests which move it see the same time.
 */
@Component("deadlines")
public class Deadlines {

    private final DeadlineSettings settings;

    Deadlines(DeadlineSettings settings) {
        this.settings = settings;
    }

    public Date approval() { return inDays(settings.approvalDays()); }
    public Date accountDetails() { return inDays(settings.accountDetailsDays()); }
    public Date guidanceAcknowledgement() { return inDays(settings.guidanceAcknowledgementDays()); }
    public Date policyAcknowledgement() { return inDays(settings.policyAcknowledgementDays()); }
    public Date governorConsultation() { return inDays(settings.governorConsultationDays()); }
    public Date handoverStep() { return inDays(settings.handoverStepDays()); }
    public Date triage() { return inDays(settings.triageDays()); }
    public Date police() { return new Date(now() + Duration.ofHours(settings.policeHours()).toMillis()); }
    public Date action() { return inDays(settings.actionDays()); }
    public Date legalReview() { return inDays(settings.legalReviewDays()); }

    /** ISO-8601 duration after which an unfinished step counts as overdue. */
    public String approvalOverdue() { return days(settings.approvalDays()); }
    public String handoverStepOverdue() { return days(settings.handoverStepDays()); }
    public String triageOverdue() { return days(settings.triageDays()); }
    public String policeOverdue() { return Duration.ofHours(settings.policeHours()).toString(); }
    public String removalFollowUp() { return days(settings.removalFollowUpDays()); }

    /** ISO-8601 repeating cycle for reminders until a step is done. */
    public String reminderCycle() { return "R/" + days(settings.reminderEveryDays()); }

    private static String days(int days) {
        return Period.ofDays(days).toString();
    }

    private static Date inDays(int days) {
        return new Date(now() + Duration.ofDays(days).toMillis());
    }

    private static long now() {
        return ClockUtil.getCurrentTime().getTime();
    }
}
