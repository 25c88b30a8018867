package org.policydesk.handover;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policydesk.people.Person;
import org.policydesk.people.PersonKind;
import org.policydesk.people.PersonStatus;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Groups;
import org.policydesk.workflow.NotEntitledException;

class HandoverEntitlementsTests {

    static final Actor OFFICE = new Actor("office", "s", Set.of(Groups.OFFICE, Groups.STAFF));
    static final Actor TEACHER = new Actor("teacher", "s", Set.of(Groups.STAFF));
    static final Actor HEAD = new Actor("head", "s", Set.of(Groups.HEAD_TEACHER, Groups.STAFF));
    static final Actor CHAIR = new Actor("chair", "s", Set.of(Groups.CHAIR_OF_GOVERNORS, Groups.GOVERNORS));
    static final Actor OTHER_SCHOOL_OFFICE = new Actor("elsewhere", "t", Set.of(Groups.OFFICE));

    static final Person LEAVER = person(1, "leaver", PersonKind.EMPLOYEE, PersonStatus.LEFT);
    static final Person OFFICE_LEAVER = person(2, "office", PersonKind.EMPLOYEE, PersonStatus.LEFT);
    static final Handover HANDOVER = new Handover(10, "s", 1, HandoverReason.LEFT, HandoverStatus.OPEN, null, null,
        null, null, null);

    @Test
    void theLeaverOrTheOfficeRecordsWhatWasSurrendered() {
        Actor leaver = new Actor("leaver", "s", Set.of(Groups.STAFF));
        assertThatCode(() -> HandoverEntitlements.requireMayRecordSurrender(leaver, HANDOVER, LEAVER)).doesNotThrowAnyException();
        assertThatCode(() -> HandoverEntitlements.requireMayRecordSurrender(OFFICE, HANDOVER, LEAVER)).doesNotThrowAnyException();
        assertThatThrownBy(() -> HandoverEntitlements.requireMayRecordSurrender(TEACHER, HANDOVER, LEAVER))
            .isInstanceOf(NotEntitledException.class);
        assertThatThrownBy(() -> HandoverEntitlements.requireMayRecordSurrender(OTHER_SCHOOL_OFFICE, HANDOVER, LEAVER))
            .isInstanceOf(NotEntitledException.class).hasMessageContaining("another school");
    }

    @Test
    void onlyTheOfficeChangesAccountsAndNeverForItsOwnHandover() {
        assertThatCode(() -> HandoverEntitlements.requireOfficeNotLeaver(OFFICE, HANDOVER, LEAVER, "x")).doesNotThrowAnyException();
        assertThatThrownBy(() -> HandoverEntitlements.requireOfficeNotLeaver(HEAD, HANDOVER, LEAVER, "change the password"))
            .isInstanceOf(NotEntitledException.class).hasMessage("Only the school office may change the password.");
        assertThatThrownBy(() -> HandoverEntitlements.requireOfficeNotLeaver(OFFICE, HANDOVER, OFFICE_LEAVER, "change the password"))
            .isInstanceOf(NotEntitledException.class).hasMessageContaining("someone else in the office");
    }

    @Test
    void onlyTheEscalationGroupChasesAndNeverTheLeaver() {
        assertThatCode(() -> HandoverEntitlements.requireMayChase(HEAD, HANDOVER, LEAVER, Groups.HEAD_TEACHER)).doesNotThrowAnyException();
        assertThatCode(() -> HandoverEntitlements.requireMayChase(CHAIR, HANDOVER, LEAVER, Groups.CHAIR_OF_GOVERNORS)).doesNotThrowAnyException();
        assertThatThrownBy(() -> HandoverEntitlements.requireMayChase(HEAD, HANDOVER, LEAVER, Groups.CHAIR_OF_GOVERNORS))
            .isInstanceOf(NotEntitledException.class).hasMessageContaining("Only the Chair of Governors");
        Person headLeaving = person(3, "head", PersonKind.EMPLOYEE, PersonStatus.CURRENT);
        assertThatThrownBy(() -> HandoverEntitlements.requireMayChase(HEAD, HANDOVER, headLeaving, Groups.HEAD_TEACHER))
            .isInstanceOf(NotEntitledException.class);
    }

    @Test
    void accountsPassOnlyToCurrentActiveOfficialUsersOfTheSameSchool() {
        Person officialUser = person(4, "ou", PersonKind.EMPLOYEE, PersonStatus.CURRENT);
        assertThatCode(() -> HandoverEntitlements.requireTransferTarget(officialUser, LEAVER, true)).doesNotThrowAnyException();
        assertThatThrownBy(() -> HandoverEntitlements.requireTransferTarget(officialUser, LEAVER, false))
            .hasMessageContaining("not an active official user");
        assertThatThrownBy(() -> HandoverEntitlements.requireTransferTarget(LEAVER, LEAVER, true))
            .hasMessageContaining("cannot be transferred back");
        assertThatThrownBy(() -> HandoverEntitlements.requireTransferTarget(
            person(5, "parent", PersonKind.PARENT, PersonStatus.CURRENT), LEAVER, true))
            .hasMessageContaining("not a current employee or governor");
        assertThatThrownBy(() -> HandoverEntitlements.requireTransferTarget(
            person(6, "suspended", PersonKind.EMPLOYEE, PersonStatus.SUSPENDED), LEAVER, true))
            .hasMessageContaining("not a current employee or governor");
        Person elsewhere = new Person(7, "t", PersonKind.EMPLOYEE, "Elsewhere", null, "elsewhere", null, null,
            PersonStatus.CURRENT);
        assertThatThrownBy(() -> HandoverEntitlements.requireTransferTarget(elsewhere, LEAVER, true))
            .isInstanceOf(NotEntitledException.class);
    }

    private static Person person(long id, String userId, PersonKind kind, PersonStatus status) {
        return new Person(id, "s", kind, "Person " + userId, null, userId, null, null, status);
    }
}
