package org.policydesk.acknowledgements;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Groups;
import org.policydesk.workflow.NotEntitledException;

class AcknowledgementRulesTests {

    static final Actor HEAD = new Actor("head", "s", Set.of(Groups.HEAD_TEACHER, Groups.LEADERSHIP_TEAM));
    static final Actor DEPUTY = new Actor("deputy", "s", Set.of(Groups.DEPUTY_HEAD, Groups.LEADERSHIP_TEAM));
    static final Actor CLERK = new Actor("clerk", "s", Set.of(Groups.CLERK, Groups.STAFF));
    static final Actor TEACHER = new Actor("teacher", "s", Set.of(Groups.STAFF));
    static final Actor HEAD_ONLY = new Actor("head", "s", Set.of(Groups.HEAD_TEACHER));

    @Test
    void headTeacherLeadershipTeamOrClerkStartPolicyRounds() {
        for (Actor actor : new Actor[] {HEAD_ONLY, DEPUTY, CLERK}) {
            assertThatCode(() -> AcknowledgementRules.requireMayStartPolicyRound(actor)).doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> AcknowledgementRules.requireMayStartPolicyRound(TEACHER))
            .isInstanceOf(NotEntitledException.class);
    }

    @Test
    void onlyTheLeadershipTeamIssuesGuidance() {
        assertThatCode(() -> AcknowledgementRules.requireMayIssueGuidance(DEPUTY)).doesNotThrowAnyException();
        assertThatCode(() -> AcknowledgementRules.requireMayIssueGuidance(HEAD)).doesNotThrowAnyException();
        assertThatThrownBy(() -> AcknowledgementRules.requireMayIssueGuidance(CLERK)).isInstanceOf(NotEntitledException.class);
        assertThatThrownBy(() -> AcknowledgementRules.requireMayIssueGuidance(HEAD_ONLY)).isInstanceOf(NotEntitledException.class);
    }

    @Test
    void everyoneAcknowledgesOnlyForThemselves() {
        assertThatCode(() -> AcknowledgementRules.requireOwnAcknowledgement(TEACHER, "teacher")).doesNotThrowAnyException();
        assertThatThrownBy(() -> AcknowledgementRules.requireOwnAcknowledgement(HEAD, "teacher"))
            .isInstanceOf(NotEntitledException.class).hasMessageContaining("Only teacher may acknowledge");
    }
}
