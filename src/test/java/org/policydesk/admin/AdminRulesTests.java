package org.policydesk.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policydesk.people.PersonKind;
import org.policydesk.school.HeadTeacherAbsence;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Deadline;
import org.policydesk.workflow.Groups;
import org.policydesk.workflow.NotEntitledException;

class AdminRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private final Actor admin = new Actor("itadmin", "keston", Set.of(Groups.ADMIN));
    private final Actor head = new Actor("hellis", "keston", Set.of(Groups.HEAD_TEACHER, Groups.STAFF));

    @Test
    void onlyTheAdminGroupMayAdminister() {
        AdminRules.requireAdministrator(admin);
        assertThatThrownBy(() -> AdminRules.requireAdministrator(head)).isInstanceOf(NotEntitledException.class)
            .hasMessage("Only an administrator may change people, sign-ins and the school profile.");
    }

    @Test
    void theAdministratorsAndTheHeadTeacherMayReadTheAuditTrail() {
        AdminRules.requireAuditReader(admin);
        AdminRules.requireAuditReader(head);
        Actor deputy = new Actor("dmensah", "keston", Set.of(Groups.DEPUTY_HEAD, Groups.LEADERSHIP_TEAM));
        Actor chair = new Actor("cwhitfield", "keston", Set.of(Groups.CHAIR_OF_GOVERNORS, Groups.GOVERNORS));
        for (Actor refused : List.of(deputy, chair)) {
            assertThatThrownBy(() -> AdminRules.requireAuditReader(refused)).isInstanceOf(NotEntitledException.class)
                .hasMessage("Only an administrator or the Head Teacher may read the audit trail.");
        }
    }

    @Test
    void signInNamesAreLowerCaseLettersAndDigits() {
        AdminRules.requireSignInName("sjones2");
        assertThatIllegalArgumentException().isThrownBy(() -> AdminRules.requireSignInName("S.Jones"));
        assertThatIllegalArgumentException().isThrownBy(() -> AdminRules.requireSignInName("s"));
        assertThatIllegalArgumentException().isThrownBy(() -> AdminRules.requireSignInName(null));
    }

    @Test
    void aPasswordOfElevenCharactersIsRefusedWithoutRepeatingIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> AdminRules.requirePassword("Short-pass1"))
            .withMessage("The first password must have at least 12 characters.")
            .withMessageNotContaining("Short-pass1");
        AdminRules.requirePassword("Long-enough-1");
    }

    @Test
    void governorsAndEmployeesHoldOnlyTheirOwnRoles() {
        assertThat(AdminRules.requireGroups(PersonKind.GOVERNOR, List.of(Groups.GOVERNORS, Groups.CLERK)))
            .containsExactly(Groups.GOVERNORS, Groups.CLERK);
        assertThatIllegalArgumentException()
            .isThrownBy(() -> AdminRules.requireGroups(PersonKind.EMPLOYEE, List.of(Groups.STAFF, Groups.CHAIR_OF_GOVERNORS)))
            .withMessage("Only a governor can be in the chair-of-governors group.");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> AdminRules.requireGroups(PersonKind.GOVERNOR, List.of(Groups.HEAD_TEACHER)))
            .withMessage("Only an employee can be in the head-teacher group.");
        assertThatIllegalArgumentException().isThrownBy(() -> AdminRules.requireGroups(PersonKind.EMPLOYEE, List.of()))
            .withMessage("Choose at least one group.");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> AdminRules.requireGroups(PersonKind.EMPLOYEE, List.of("camunda-admin")));
    }

    @Test
    void anAdministratorCannotTakeThemselvesOutOfTheAdminGroupButCanTakeOthers() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> AdminRules.requireKeepsOwnAdministration(admin, "itadmin", Set.of(Groups.STAFF)));
        AdminRules.requireKeepsOwnAdministration(admin, "other", Set.of(Groups.STAFF));
        assertThatIllegalArgumentException().isThrownBy(() -> AdminRules.requireNotOwnSignIn(admin, "itadmin"));
    }

    @Test
    void aDeadlineIsBlankForTheDefaultOrFromOneDayToAYear() {
        assertThat(AdminRules.requireDeadlineDays(Deadline.APPROVAL, " ")).isNull();
        assertThat(AdminRules.requireDeadlineDays(Deadline.APPROVAL, " 10 ")).isEqualTo(10);
        assertThat(AdminRules.requireDeadlineDays(Deadline.APPROVAL, "365")).isEqualTo(365);
        for (String wrong : List.of("0", "366", "-3", "2.5", "ten")) {
            assertThatIllegalArgumentException().isThrownBy(() -> AdminRules.requireDeadlineDays(Deadline.TRIAGE, wrong))
                .withMessageStartingWith("'Triage a reported comment' must be a whole number of days from 1 to 365");
        }
    }

    @Test
    void anAbsenceStartsTodayOrLaterAndEndsOnOrAfterItsStart() {
        AdminRules.requireAbsence(TODAY, null, TODAY, List.of());
        AdminRules.requireAbsence(TODAY.plusDays(3), TODAY.plusDays(3), TODAY, List.of());
        assertThatIllegalArgumentException().isThrownBy(() -> AdminRules.requireAbsence(TODAY.minusDays(1), null, TODAY, List.of()))
            .withMessage("The absence must start today or later.");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> AdminRules.requireAbsence(TODAY.plusDays(5), TODAY.plusDays(4), TODAY, List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> AdminRules.requireAbsence(null, null, TODAY, List.of()));
    }

    @Test
    void absencesMayNotOverlapUnlessTheOtherHasEnded() {
        var openEnded = absence(TODAY.plusDays(10), null);
        var fortnight = absence(TODAY, TODAY.plusDays(13));
        var ended = absence(TODAY.minusDays(20), TODAY.minusDays(1));

        assertThatIllegalArgumentException().isThrownBy(() ->
            AdminRules.requireAbsence(TODAY.plusDays(20), TODAY.plusDays(21), TODAY, List.of(openEnded)));
        assertThatIllegalArgumentException().isThrownBy(() ->
            AdminRules.requireAbsence(TODAY.plusDays(13), null, TODAY, List.of(fortnight)));
        AdminRules.requireAbsence(TODAY.plusDays(14), null, TODAY, List.of(fortnight));
        AdminRules.requireAbsence(TODAY.plusDays(2), TODAY.plusDays(9), TODAY, List.of(openEnded, ended));
    }

    private static HeadTeacherAbsence absence(LocalDate from, LocalDate until) {
        return new HeadTeacherAbsence(1, "keston", "dmensah", from, until, "Leave");
    }
}
