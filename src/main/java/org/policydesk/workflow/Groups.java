package org.policydesk.workflow;

import java.util.List;

/** The group ids of the identity store, as the policy names the roles. */
public final class Groups {

    public static final String HEAD_TEACHER = "head-teacher";
    public static final String DEPUTY_HEAD = "deputy-head";
    public static final String CHAIR_OF_GOVERNORS = "chair-of-governors";
    public static final String GOVERNORS = "governors";
    public static final String LEADERSHIP_TEAM = "leadership-team";
    public static final String OFFICE = "office";
    public static final String CLERK = "clerk";
    public static final String STAFF = "staff";
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(HEAD_TEACHER, DEPUTY_HEAD, CHAIR_OF_GOVERNORS, GOVERNORS,
        LEADERSHIP_TEAM, OFFICE, CLERK, STAFF, ADMIN);

    /** Who may read the school's registers: everyone with a part in the policy but plain staff and the administrator. */
    public static final List<String> REGISTER_READERS = List.of(HEAD_TEACHER, DEPUTY_HEAD, LEADERSHIP_TEAM, OFFICE,
        CLERK, CHAIR_OF_GOVERNORS, GOVERNORS);

    private Groups() {
    }
}
