package org.policydesk.officialuse;

/** Ids and variable names of {@code processes/official-use.bpmn}, in one place. */
public final class OfficialUseProcess {

    public static final String KEY = "official-use";
    public static final String RECORD_TYPE = "official-user";

    public static final String TASK_DECIDE = "UserTask_DecideOfficialUse";
    public static final String TASK_RECORD_ACCOUNTS = "UserTask_RecordAccounts";
    public static final String TASK_ACKNOWLEDGE_GUIDANCE = "UserTask_AcknowledgeGuidance";
    public static final String TASK_CONSULT_GOVERNORS = "UserTask_ConsultGovernors";
    public static final String WAITING_WHILE_ACTIVE = "ReceiveTask_OfficialUseInForce";
    public static final String BACK_TO_ACTIVE = "Gateway_BackToActive";

    public static final String MESSAGE_SUSPENDED = "OfficialUseSuspended";
    public static final String MESSAGE_RESUMED = "OfficialUseResumed";
    public static final String MESSAGE_REVOCATION = "OfficialUseRevocationRequested";
    public static final String MESSAGE_ENDED = "OfficialUseEnded";

    public static final String VAR_OFFICIAL_USER_ID = "officialUserId";
    public static final String VAR_PERSON_ID = "personId";
    public static final String VAR_SCHOOL_ID = "schoolId";
    public static final String VAR_RECORD_TYPE = "recordType";
    public static final String VAR_SUBJECT_USER_ID = "subjectUserId";
    public static final String VAR_APPROVAL_GROUPS = "approvalGroups";
    public static final String VAR_APPROVED = "approved";
    public static final String VAR_CONSULT_GOVERNORS = "consultGovernors";
    public static final String VAR_GOVERNORS_SUPPORT = "governorsSupportRevocation";
    public static final String VAR_CHANGED_BY = "changedBy";
    public static final String VAR_CHANGE_REASON = "changeReason";
    public static final String VAR_HANDOVER_REASON = "handoverReason";
    public static final String VAR_ESCALATION_GROUP = "escalationGroup";

    private OfficialUseProcess() {
    }
}
