package org.policydesk.handover;

import java.util.List;

/** Ids and variable names of {@code processes/termination-handover.bpmn}, in one place. */
public final class HandoverProcess {

    public static final String KEY = "termination-handover";
    public static final String RECORD_TYPE = "handover";

    public static final String TASK_SURRENDER = "UserTask_SurrenderCredentials";
    public static final String TASK_ROTATE_SECRET = "UserTask_RotateSecret";
    public static final String TASK_TRANSFER_OR_CANCEL = "UserTask_TransferOrCancelAccount";
    public static final String TASK_CHASE_OVERDUE_STEP = "UserTask_ChaseOverdueStep";
    public static final String TASK_RECORD_ASSISTANCE = "UserTask_RecordLeaverAssistance";
    /** The three steps every account goes through, in order. */
    public static final List<String> ACCOUNT_STEPS = List.of(TASK_SURRENDER, TASK_ROTATE_SECRET, TASK_TRANSFER_OR_CANCEL);

    public static final String SUBPROCESS_HAND_OVER_ACCOUNT = "SubProcess_HandOverAccount";
    public static final String TIMER_SURRENDER_OVERDUE = "BoundaryTimer_SurrenderOverdue";
    public static final String TIMER_ROTATION_OVERDUE = "BoundaryTimer_RotationOverdue";
    public static final String TIMER_TRANSFER_OR_CANCEL_OVERDUE = "BoundaryTimer_TransferOrCancelOverdue";
    public static final String TIMER_ASSISTANCE_REMINDER = "BoundaryTimer_AssistanceReminder";
    public static final String END_HANDOVER_COMPLETE = "EndEvent_HandoverComplete";

    /** In: set by the caller (official-use's call activity, or a direct start). */
    public static final String VAR_SCHOOL_ID = "schoolId";
    public static final String VAR_LEAVER_PERSON_ID = "leaverPersonId";
    public static final String VAR_HANDOVER_REASON = "handoverReason";
    /** Set when the handover opens. */
    public static final String VAR_RECORD_TYPE = "recordType";
    public static final String VAR_HANDOVER_ID = "handoverId";
    public static final String VAR_ACCOUNT_IDS = "accountIds";
    public static final String VAR_ACCOUNT_ID = "accountId";
    public static final String VAR_LEAVER_USER_IDS = "leaverUserIds";
    public static final String VAR_ESCALATION_GROUP = "escalationGroup";

    private HandoverProcess() {
    }
}
