package org.policydesk.subjectaccess;

/** Ids and variable names of {@code processes/subject-access-request.bpmn}, in one place. */
public final class SubjectAccessProcess {

    public static final String KEY = "subject-access-request";
    public static final String RECORD_TYPE = "subject-access-request";

    public static final String TASK_PRODUCE_PACK = "ServiceTask_ProducePack";
    public static final String TASK_CHECK_AND_SEND = "UserTask_CheckAndSend";
    public static final String TIMER_RESPONSE_REMINDER = "BoundaryTimer_ResponseReminder";
    public static final String TASK_REMIND = "ServiceTask_RemindResponder";
    public static final String END_SENT = "EndEvent_ResponseSent";

    public static final String VAR_REQUEST_ID = "requestId";
    public static final String VAR_SCHOOL_ID = "schoolId";
    public static final String VAR_RECORD_TYPE = "recordType";
    /** The day the request was received, ISO-8601 ("2026-01-31"): the month to answer runs from it. */
    public static final String VAR_RECEIVED_ON = "receivedOn";

    private SubjectAccessProcess() {
    }
}
