package org.policydesk.escalation;

/** Ids and variable names of {@code processes/comment-escalation.bpmn} and {@code comment-routing.dmn}. */
public final class EscalationProcess {

    public static final String KEY = "comment-escalation";
    public static final String DECISION_KEY = "comment-routing";
    public static final String RECORD_TYPE = "incident";

    public static final String TASK_TRIAGE = "UserTask_TriageReport";
    public static final String TASK_INVOLVE_POLICE = "UserTask_InvolvePolice";
    public static final String TASK_TALK_TO_PUPIL = "UserTask_ClassTeacherTalksToPupil";
    public static final String TASK_REMIND_OF_POLICY = "UserTask_RemindOfPolicy";
    public static final String TASK_REFER_FOR_DISCIPLINARY = "UserTask_ReferForDisciplinary";
    public static final String TASK_ANTI_BULLYING = "UserTask_FollowAntiBullyingPolicy";
    public static final String TASK_REPORT_ABUSE = "UserTask_ReportAbuseToPlatform";
    public static final String TASK_CHECK_REMOVAL = "UserTask_CheckRemoval";
    public static final String TASK_LEGAL_OPTIONS = "UserTask_ConsiderLegalOptions";
    public static final String TASK_CLOSE = "UserTask_CloseIncident";

    public static final String ROUTE_COMMENT = "BusinessRuleTask_RouteComment";
    public static final String AGE_LIMIT_LETTER = "ServiceTask_RequestAgeLimitLetter";
    public static final String PROPER_CHANNELS_LETTER = "ServiceTask_RequestProperChannelsLetter";
    public static final String REMOVAL_LETTER = "ServiceTask_RequestRemovalLetter";
    public static final String FINAL_LETTER = "ServiceTask_RequestFinalLetter";
    public static final String CLOSED_AS_RECORDED = "EndEvent_IncidentRecorded";
    public static final String CLOSED = "EndEvent_IncidentClosed";

    public static final String TIMER_TRIAGE_REMINDER = "BoundaryTimer_TriageReminder";
    public static final String TIMER_POLICE_OVERDUE = "BoundaryTimer_PoliceOverdue";
    public static final String TIMER_TALK_REMINDER = "BoundaryTimer_TalkToPupilReminder";
    public static final String TIMER_POLICY_REMINDER_REMINDER = "BoundaryTimer_RemindOfPolicyReminder";
    public static final String TIMER_DISCIPLINARY_REMINDER = "BoundaryTimer_DisciplinaryReminder";
    public static final String TIMER_ANTI_BULLYING_REMINDER = "BoundaryTimer_AntiBullyingReminder";
    public static final String TIMER_REPORT_ABUSE_REMINDER = "BoundaryTimer_ReportAbuseReminder";
    public static final String TIMER_CHECK_REMOVAL_REMINDER = "BoundaryTimer_CheckRemovalReminder";
    public static final String TIMER_LEGAL_OPTIONS_REMINDER = "BoundaryTimer_LegalOptionsReminder";
    public static final String TIMER_CLOSE_REMINDER = "BoundaryTimer_CloseIncidentReminder";
    public static final String TIMER_REMOVAL_FOLLOW_UP = "TimerCatch_RemovalFollowUp";

    public static final String VAR_SCHOOL_ID = "schoolId";
    public static final String VAR_RECORD_TYPE = "recordType";
    public static final String VAR_INCIDENT_ID = "incidentId";
    public static final String VAR_WHO_POSTED = "whoPosted";
    public static final String VAR_WHAT_IT_IS = "whatItIs";
    public static final String VAR_SERIOUS = "serious";
    public static final String VAR_PUPIL_UNDER_13 = "pupilUnder13Account";
    /** Who reminds or refers an employee or governor: head-teacher, or chair-of-governors. */
    public static final String VAR_ACTION_GROUP = "actionGroup";
    /** The decision's single result (a map of the four outputs below). */
    public static final String VAR_ROUTING = "routing";
    public static final String VAR_PATH = "path";
    public static final String VAR_POLICE_FIRST = "policeFirst";
    public static final String VAR_REPORT_ABUSE = "reportAbuse";
    public static final String VAR_REMOVAL_LETTER = "removalLetter";
    public static final String VAR_REMOVED = "removed";
    public static final String VAR_STILL_SERIOUS = "stillSerious";
    public static final String VAR_OUTCOME = "outcome";
    public static final String VAR_OUTCOME_NOTE = "outcomeNote";
    public static final String VAR_CLOSED_BY = "closedBy";
    /** Input parameter of the letter service tasks: which {@link Letter} to request. */
    public static final String VAR_LETTER = "letter";

    private EscalationProcess() {
    }
}
