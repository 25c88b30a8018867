package org.policydesk.workflow;

/**
 * Variables every PolicyDesk process carries: the school the record belongs to and the register
 * the business key points into (so reminders and audit entries land on the right record).
 */
public final class ProcessVariables {

    public static final String SCHOOL_ID = "schoolId";
    public static final String RECORD_TYPE = "recordType";

    private ProcessVariables() {
    }
}
