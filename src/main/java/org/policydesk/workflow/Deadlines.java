package org.policydesk.workflow;

import java.time.Duration;
import java.time.Period;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.policydesk.school.SchoolDeadlines;
import org.springframework.stereotype.Component;

/**
 * Due dates and timer durations for the process models, read as {@code ${deadlines.approval(schoolId)}}:
 * the school's own number of days where it set one (administration, {@link SchoolDeadlines}),
 * otherwise the default from {@code policydesk.deadlines.*}. Due dates are counted from the
 * engine's clock so that tests which move it see the same time.
 */
@Component("deadlines")
public class Deadlines {

    private final DeadlineSettings settings;
    private final SchoolDeadlines schoolDeadlines;

    Deadlines(DeadlineSettings settings, SchoolDeadlines schoolDeadlines) {
        this.settings = settings;
        this.schoolDeadlines = schoolDeadlines;
    }

    /** The days a school allows for this kind of step: its own value, or the default. */
    public int days(String schoolId, Deadline deadline) {
        return schoolDeadlines.days(schoolId, deadline.key()).orElseGet(() -> defaultDays(deadline));
    }

    public int defaultDays(Deadline deadline) {
        return deadline.defaultDays(settings);
    }

    public Date approval(String schoolId) { return inDays(schoolId, Deadline.APPROVAL); }
    public Date accountDetails(String schoolId) { return inDays(schoolId, Deadline.ACCOUNT_DETAILS); }
    public Date guidanceAcknowledgement(String schoolId) { return inDays(schoolId, Deadline.GUIDANCE_ACKNOWLEDGEMENT); }
    public Date policyAcknowledgement(String schoolId) { return inDays(schoolId, Deadline.POLICY_ACKNOWLEDGEMENT); }
    public Date governorConsultation(String schoolId) { return inDays(schoolId, Deadline.GOVERNOR_CONSULTATION); }
    public Date handoverStep(String schoolId) { return inDays(schoolId, Deadline.HANDOVER_STEP); }
    public Date triage(String schoolId) { return inDays(schoolId, Deadline.TRIAGE); }
    public Date action(String schoolId) { return inDays(schoolId, Deadline.ACTION); }
    public Date legalReview(String schoolId) { return inDays(schoolId, Deadline.LEGAL_REVIEW); }

    /** The police deadline is in hours and the same for every school. */
    public Date police() { return new Date(now() + Duration.ofHours(settings.policeHours()).toMillis()); }

    /** ISO-8601 duration after which an unfinished step counts as overdue. */
    public String handoverStepOverdue(String schoolId) { return period(schoolId, Deadline.HANDOVER_STEP); }
    public String policeOverdue() { return Duration.ofHours(settings.policeHours()).toString(); }
    public String removalFollowUp(String schoolId) { return period(schoolId, Deadline.REMOVAL_FOLLOW_UP); }

    /** ISO-8601 repeating cycle for reminders until a step is done. */
    public String reminderCycle(String schoolId) { return "R/" + period(schoolId, Deadline.REMINDER_EVERY); }

    private String period(String schoolId, Deadline deadline) {
        return Period.ofDays(days(schoolId, deadline)).toString();
    }

    private Date inDays(String schoolId, Deadline deadline) {
        return inDays(days(schoolId, deadline));
    }

    private static Date inDays(int days) {
        return new Date(now() + Duration.ofDays(days).toMillis());
    }

    private static long now() {
        return ClockUtil.getCurrentTime().getTime();
    }
}
