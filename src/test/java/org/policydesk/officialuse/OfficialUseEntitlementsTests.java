package org.policydesk.officialuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policydesk.officialuse.OfficialUseEntitlements.Subject;
import org.policydesk.people.Person;
import org.policydesk.people.PersonKind;
import org.policydesk.people.PersonStatus;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Groups;
import org.policydesk.workflow.NotEntitledException;

class OfficialUseEntitlementsTests {

    static final Actor HEAD = new Actor("head", "s", Set.of(Groups.HEAD_TEACHER, Groups.STAFF));
    static final Actor DEPUTY = new Actor("deputy", "s", Set.of(Groups.DEPUTY_HEAD, Groups.STAFF));
    static final Actor CHAIR = new Actor("chair", "s", Set.of(Groups.CHAIR_OF_GOVERNORS, Groups.GOVERNORS));
    static final Actor TEACHER = new Actor("teacher", "s", Set.of(Groups.STAFF));
    static final Actor OFFICE = new Actor("office", "s", Set.of(Groups.OFFICE, Groups.STAFF));
    static final Actor CLERK = new Actor("clerk", "s", Set.of(Groups.CLERK));

    static final Subject EMPLOYEE = subject("teacher", PersonKind.EMPLOYEE, false);
    static final Subject GOVERNOR = subject("governor", PersonKind.GOVERNOR, false);
    static final Subject HEAD_TEACHER = subject("head", PersonKind.EMPLOYEE, true);
    static final Optional<String> NO_ABSENCE = Optional.empty();

    @Test
    void headTeacherApprovesEmployeesAndChairApprovesGovernorsAndTheHeadTeacher() {
        assertThatCode(() -> OfficialUseEntitlements.requireMayApprove(HEAD, EMPLOYEE, NO_ABSENCE)).doesNotThrowAnyException();
        assertThatCode(() -> OfficialUseEntitlements.requireMayApprove(CHAIR, GOVERNOR, NO_ABSENCE)).doesNotThrowAnyException();
        assertThatCode(() -> OfficialUseEntitlements.requireMayApprove(CHAIR, HEAD_TEACHER, NO_ABSENCE)).doesNotThrowAnyException();
        assertThatThrownBy(() -> OfficialUseEntitlements.requireMayApprove(HEAD, GOVERNOR, NO_ABSENCE))
            .isInstanceOf(NotEntitledException.class);
        assertThatThrownBy(() -> OfficialUseEntitlements.requireMayApprove(CHAIR, EMPLOYEE, NO_ABSENCE))
            .isInstanceOf(NotEntitledException.class);
        assertThatThrownBy(() -> OfficialUseEntitlements.requireMayApprove(TEACHER, subject("other", PersonKind.EMPLOYEE, false), NO_ABSENCE))
            .isInstanceOf(NotEntitledException.class);
    }

    @Test
    void deputyApprovesOnlyWhenNamedInAnAbsenceInForce() {
        assertThatThrownBy(() -> OfficialUseEntitlements.requireMayApprove(DEPUTY, EMPLOYEE, NO_ABSENCE))
            .isInstanceOf(NotEntitledException.class);
        assertThatThrownBy(() -> OfficialUseEntitlements.requireMayApprove(DEPUTY, EMPLOYEE, Optional.of("someone-else")))
            .isInstanceOf(NotEntitledException.class);
        assertThatCode(() -> OfficialUseEntitlements.requireMayApprove(DEPUTY, EMPLOYEE, Optional.of("deputy")))
            .doesNotThrowAnyException();
    }

    @Test
    void nobodyDecidesAboutThemselves() {
        assertThatThrownBy(() -> OfficialUseEntitlements.requireMayApprove(TEACHER, EMPLOYEE, NO_ABSENCE))
            .hasMessageContaining("Nobody may");
        assertThatThrownBy(() -> OfficialUseEntitlements.requireMayRevoke(HEAD, HEAD_TEACHER, NO_ABSENCE))
            .hasMessageContaining("Nobody may");
    }

    @Test
    void revocationByTheChairOfAnEmployeeNeedsTheGovernorsConsultedButTheHeadTeachersDoesNot() {
        assertThat(OfficialUseEntitlements.requireMayRevoke(HEAD, EMPLOYEE, NO_ABSENCE)).isFalse();
        assertThat(OfficialUseEntitlements.requireMayRevoke(CHAIR, EMPLOYEE, NO_ABSENCE)).isTrue();
        assertThat(OfficialUseEntitlements.requireMayRevoke(CHAIR, HEAD_TEACHER, NO_ABSENCE)).isTrue();
        assertThat(OfficialUseEntitlements.requireMayRevoke(CHAIR, GOVERNOR, NO_ABSENCE)).isFalse();
        assertThatThrownBy(() -> OfficialUseEntitlements.requireMayRevoke(DEPUTY, HEAD_TEACHER, Optional.of("deputy")))
            .isInstanceOf(NotEntitledException.class);
        assertThatThrownBy(() -> OfficialUseEntitlements.requireMayRevoke(OFFICE, EMPLOYEE, NO_ABSENCE))
            .isInstanceOf(NotEntitledException.class);
    }

    @Test
    void leavingIsRecordedByTheOfficeForEmployeesAndTheClerkOrChairForGovernors() {
        assertThatCode(() -> OfficialUseEntitlements.requireMayRecordLeaving(OFFICE, EMPLOYEE, NO_ABSENCE)).doesNotThrowAnyException();
        assertThatCode(() -> OfficialUseEntitlements.requireMayRecordLeaving(CLERK, GOVERNOR, NO_ABSENCE)).doesNotThrowAnyException();
        assertThatThrownBy(() -> OfficialUseEntitlements.requireMayRecordLeaving(CLERK, EMPLOYEE, NO_ABSENCE))
            .isInstanceOf(NotEntitledException.class);
        assertThatThrownBy(() -> OfficialUseEntitlements.requireMayChangeEmployment(HEAD, GOVERNOR, NO_ABSENCE))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an employee");
    }

    @Test
    void peopleOfAnotherSchoolAreOutOfReach() {
        Actor otherHead = new Actor("head2", "other-school", Set.of(Groups.HEAD_TEACHER));
        assertThatThrownBy(() -> OfficialUseEntitlements.requireMayApprove(otherHead, EMPLOYEE, NO_ABSENCE))
            .hasMessageContaining("another school");
    }

    private static Subject subject(String userId, PersonKind kind, boolean headTeacher) {
        return new Subject(new Person(1, "s", kind, userId + " name", null, userId, null, null, PersonStatus.CURRENT),
            headTeacher);
    }
}
