package org.policydesk.acknowledgements;

/** Ids and variable names of {@code processes/acknowledgement-round.bpmn}, in one place. */
public final class AcknowledgementProcess {

    public static final String KEY = "acknowledgement-round";
    public static final String RECORD_TYPE = "acknowledgement-round";

    public static final String TASK_ACKNOWLEDGE = "UserTask_Acknowledge";
    public static final String TIMER_REMINDER = "BoundaryTimer_AcknowledgementReminder";
    public static final String SERVICE_TASK_REMIND = "ServiceTask_RemindOutstanding";
    public static final String SERVICE_TASK_COMPLETE = "ServiceTask_CompleteRound";

    public static final String VAR_SCHOOL_ID = "schoolId";
    public static final String VAR_RECORD_TYPE = "recordType";
    public static final String VAR_ROUND_ID = "roundId";
    /** {@link AcknowledgementSubject} name: POLICY or GUIDANCE. */
    public static final String VAR_SUBJECT = "subject";
    /** The sign-ins of everyone who must acknowledge, one task each. */
    public static final String VAR_ACK_USER_IDS = "ackUserIds";
    public static final String VAR_ACK_USER_ID = "ackUserId";

    private AcknowledgementProcess() {
    }
}
