package org.policydesk.workflow;

import java.util.function.ToIntFunction;

/**
 * The deadlines a school may set for itself, in days, with the name it is stored under and what
 * it governs in words for the administration page. The police contact deadline is counted in
 * hours and stays the same for every school.
 */
public enum Deadline {

    APPROVAL("approval", "Approve or refuse a request for official use", DeadlineSettings::approvalDays),
    ACCOUNT_DETAILS("account-details", "Record the accounts an official user will use", DeadlineSettings::accountDetailsDays),
    GUIDANCE_ACKNOWLEDGEMENT("guidance-acknowledgement", "Acknowledge the rules and guidance for official use",
        DeadlineSettings::guidanceAcknowledgementDays),
    POLICY_ACKNOWLEDGEMENT("policy-acknowledgement", "Acknowledge the Social Media Policy",
        DeadlineSettings::policyAcknowledgementDays),
    GOVERNOR_CONSULTATION("governor-consultation", "Record the governors' consultation on a revocation",
        DeadlineSettings::governorConsultationDays),
    HANDOVER_STEP("handover-step", "Each step of an account handover", DeadlineSettings::handoverStepDays),
    TRIAGE("triage", "Triage a reported comment", DeadlineSettings::triageDays),
    ACTION("action", "Each action on an incident", DeadlineSettings::actionDays),
    REMOVAL_FOLLOW_UP("removal-follow-up", "Check whether a comment was removed, after asking",
        DeadlineSettings::removalFollowUpDays),
    LEGAL_REVIEW("legal-review", "Consider legal options", DeadlineSettings::legalReviewDays),
    REMINDER_EVERY("reminder-every", "Remind people of an unfinished task every", DeadlineSettings::reminderEveryDays);

    /** The longest deadline a school may set: a year. */
    public static final int MAX_DAYS = 365;

    private final String key;
    private final String label;
    private final ToIntFunction<DeadlineSettings> fallback;

    Deadline(String key, String label, ToIntFunction<DeadlineSettings> fallback) {
        this.key = key;
        this.label = label;
        this.fallback = fallback;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    int defaultDays(DeadlineSettings settings) {
        return fallback.applyAsInt(settings);
    }
}
