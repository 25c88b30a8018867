package org.policydesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policydesk.people.Person;
import org.policydesk.people.PersonKind;
import org.policydesk.people.PersonStatus;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Groups;
import org.policydesk.workflow.NotEntitledException;

class EscalationRulesTests {

    private static final LocalDateTime NOW = LocalDateTime.of(2024, 11, 20, 9, 0);

    private static final Person PUPIL = person(1, PersonKind.PUPIL, "Amelia Brown", null);
    private static final Person MOTHER = person(2, PersonKind.PARENT, "Emma Brown", null);
    private static final Person FATHER = person(3, PersonKind.PARENT, "Tom Brown", null);
    private static final Person TEACHER = person(4, PersonKind.EMPLOYEE, "Tom Baker", "tbaker");

    @Test
    void reportNeedsPlatformAndContentWithinLimits() {
        EscalationRules.requireValid(ReportedComment.of("Facebook", "Lovely sports day!"), NOW);

        assertThatThrownBy(() -> EscalationRules.requireValid(ReportedComment.of(" ", "text"), NOW))
            .hasMessage("Please give the platform the comment is on (for example Facebook).");
        assertThatThrownBy(() -> EscalationRules.requireValid(ReportedComment.of("Facebook", null), NOW))
            .hasMessage("Please give what the comment says.");
        EscalationRules.requireValid(ReportedComment.of("Facebook", "x".repeat(4000)), NOW);
        assertThatThrownBy(() -> EscalationRules.requireValid(ReportedComment.of("Facebook", "x".repeat(4001)), NOW))
            .hasMessage("Please shorten what the comment says to 4,000 characters or fewer.");
    }

    @Test
    void reportRefusesALinkThatIsNotAWebAddressAndAPostingTimeInTheFuture() {
        ReportedComment comment = ReportedComment.of("Facebook", "text");
        EscalationRules.requireValid(comment.at("https://facebook.com/groups/keston/posts/1", NOW.minusDays(1)), NOW);

        assertThatThrownBy(() -> EscalationRules.requireValid(comment.at("javascript:alert(1)", null), NOW))
            .hasMessageContaining("starting with http:// or https://");
        assertThatThrownBy(() -> EscalationRules.requireValid(comment.at(null, NOW.plusHours(1)), NOW))
            .hasMessage("The time the comment was posted cannot be in the future.");
    }

    @Test
    void onlyTheLeadershipTeamMayTriage() {
        EscalationRules.requireMayTriage(actor("dmensah", Groups.LEADERSHIP_TEAM, Groups.STAFF));

        assertThatThrownBy(() -> EscalationRules.requireMayTriage(actor("sjones", Groups.STAFF)))
            .isInstanceOf(NotEntitledException.class).hasMessage("Only the leadership team may triage a report.");
        assertThatThrownBy(() -> EscalationRules.requireMayTriage(actor("cwhitfield", Groups.CHAIR_OF_GOVERNORS)))
            .isInstanceOf(NotEntitledException.class);
    }

    @Test
    void nobodyHandlesAReportAboutTheirOwnPost() {
        EscalationRules.requireNotAboutOwnPost(actor("hellis", Groups.HEAD_TEACHER), TEACHER);
        EscalationRules.requireNotAboutOwnPost(actor("hellis", Groups.HEAD_TEACHER), null);

        assertThatThrownBy(() -> EscalationRules.requireNotAboutOwnPost(actor("tbaker", Groups.STAFF), TEACHER))
            .isInstanceOf(NotEntitledException.class).hasMessageContaining("their own post");
    }

    @Test
    void unknownCategoriesAreRefusedWithTheAllowedChoices() {
        assertThat(Triage.of("parent", " defamatory ", true, false))
            .isEqualTo(new Triage(WhoPosted.PARENT, WhatItIs.DEFAMATORY, true, false));

        assertThatThrownBy(() -> Triage.of("TEACHER", "PRAISE", false, false))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("'TEACHER' is not a choice for who posted the comment; choose one of PUPIL, PARENT, EMPLOYEE, "
                + "GOVERNOR, PUBLIC.");
        assertThatThrownBy(() -> Triage.of("PUPIL", "rude", false, false))
            .hasMessageContaining("'rude' is not a choice for what the comment is");
        assertThatThrownBy(() -> Triage.of("PUPIL", null, false, false))
            .hasMessageStartingWith("Please choose what the comment is");
        assertThatThrownBy(() -> IncidentOutcome.parse("SORTED"))
            .hasMessageContaining("REMOVED, NOT_REMOVED, REFERRED, NO_ACTION");
    }

    @Test
    void triageMustAgreeWithThePosterNamedInTheReport() {
        EscalationRules.requireConsistent(new Triage(WhoPosted.PARENT, WhatItIs.COMPLAINT, false, false), MOTHER);
        EscalationRules.requireConsistent(new Triage(WhoPosted.PUBLIC, WhatItIs.COMPLAINT, false, false), null);

        assertThatThrownBy(() -> EscalationRules.requireConsistent(
                new Triage(WhoPosted.EMPLOYEE, WhatItIs.COMPLAINT, false, false), MOTHER))
            .hasMessage("The report names Emma Brown (a parent or carer) as the poster, but the triage says the "
                + "comment was posted by an employee.");
        assertThatThrownBy(() -> EscalationRules.requireConsistent(
                new Triage(WhoPosted.PUBLIC, WhatItIs.COMPLAINT, false, false), TEACHER))
            .hasMessageEndingWith("posted by a member of the public.");
    }

    @Test
    void onlyAPupilsPostCanShowAnUnder13Account() {
        EscalationRules.requireConsistent(new Triage(WhoPosted.PUPIL, WhatItIs.NEGATIVE, false, true), PUPIL);

        assertThatThrownBy(() -> EscalationRules.requireConsistent(
                new Triage(WhoPosted.PARENT, WhatItIs.NEGATIVE, false, true), null))
            .hasMessageContaining("Only a comment posted by a pupil");
    }

    @Test
    void headTeacherDealsWithEmployeesAndChairWithGovernorsButNeitherWithThemselves() {
        assertThat(EscalationRules.actionGroupFor(WhoPosted.EMPLOYEE, Set.of(Groups.STAFF))).isEqualTo(Groups.HEAD_TEACHER);
        assertThat(EscalationRules.actionGroupFor(WhoPosted.EMPLOYEE, Set.of(Groups.HEAD_TEACHER, Groups.STAFF)))
            .isEqualTo(Groups.CHAIR_OF_GOVERNORS);
        assertThat(EscalationRules.actionGroupFor(WhoPosted.GOVERNOR, Set.of(Groups.GOVERNORS)))
            .isEqualTo(Groups.CHAIR_OF_GOVERNORS);
        assertThat(EscalationRules.actionGroupFor(WhoPosted.GOVERNOR, Set.of(Groups.CHAIR_OF_GOVERNORS, Groups.GOVERNORS)))
            .isEqualTo(Groups.HEAD_TEACHER);
        assertThat(EscalationRules.actionGroupFor(WhoPosted.PARENT, Set.of())).isEqualTo(Groups.LEADERSHIP_TEAM);
    }

    @Test
    void lettersGoToThePupilsParentsOrThePostingParent() {
        assertThat(EscalationRules.addressees(Letter.AGE_LIMIT, PUPIL, List.of(MOTHER, FATHER))).containsExactly(2L, 3L);
        assertThat(EscalationRules.addressees(Letter.AGE_LIMIT, MOTHER, List.of())).isEmpty();
        assertThat(EscalationRules.addressees(Letter.REMOVAL_REQUEST, MOTHER, List.of())).containsExactly(2L);
        assertThat(EscalationRules.addressees(Letter.PROPER_CHANNELS, PUPIL, List.of(MOTHER))).containsExactly(2L);
        assertThat(EscalationRules.addressees(Letter.FINAL_BEFORE_LEGAL, null, List.of())).isEmpty();
        assertThat(EscalationRules.addressees(Letter.PROPER_CHANNELS, TEACHER, List.of())).isEmpty();
    }

    @Test
    void peopleCloseWithARealOutcomeAndLegalDecisionsNeedBothAgreeing() {
        EscalationRules.requireClosingOutcome(IncidentOutcome.NOT_REMOVED);
        assertThatThrownBy(() -> EscalationRules.requireClosingOutcome(IncidentOutcome.RECORDED))
            .hasMessage("Please choose the outcome: removed, not removed, referred or no action.");
        assertThatThrownBy(() -> EscalationRules.requireClosingOutcome(null)).isInstanceOf(IllegalArgumentException.class);

        EscalationRules.requireLegalAgreement(true);
        assertThatThrownBy(() -> EscalationRules.requireLegalAgreement(false))
            .hasMessageContaining("must both agree");
    }

    private static Actor actor(String userId, String... groups) {
        return new Actor(userId, "keston", Set.of(groups));
    }

    private static Person person(long id, PersonKind kind, String name, String userId) {
        return new Person(id, "keston", kind, name, null, userId, null, null, PersonStatus.CURRENT);
    }
}
