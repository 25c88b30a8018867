package org.policydesk.people;

public record Person(long id, String schoolId, PersonKind kind, String fullName, String email, String userId,
                     String roleTitle, String className, PersonStatus status) {

    public boolean isStaffOrGovernor() {
        return kind == PersonKind.EMPLOYEE || kind == PersonKind.GOVERNOR;
    }
}
