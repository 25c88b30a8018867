package org.policydesk.acknowledgements;

import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Groups;
import org.policydesk.workflow.NotEntitledException;

/** Who may start rounds, issue guidance and acknowledge: pure rules, tested without the engine. */
final class AcknowledgementRules {

    private AcknowledgementRules() {
    }

    static void requireMayStartPolicyRound(Actor actor) {
        if (!actor.isInAny(Groups.HEAD_TEACHER, Groups.LEADERSHIP_TEAM, Groups.CLERK)) {
            throw new NotEntitledException("Only the Head Teacher, the leadership team or the clerk may ask everyone "
                + "to acknowledge the Social Media Policy.");
        }
    }

    /** The policy: rules and guidance "may be issued and updated by the leadership team at any time". */
    static void requireMayIssueGuidance(Actor actor) {
        if (!actor.isIn(Groups.LEADERSHIP_TEAM)) {
            throw new NotEntitledException("Only the leadership team may issue rules and guidance for official use.");
        }
    }

    /** An acknowledgement is personal: nobody acknowledges for someone else. */
    static void requireOwnAcknowledgement(Actor actor, String assignee) {
        if (!actor.userId().equals(assignee)) {
            throw new NotEntitledException("Only " + assignee + " may acknowledge this; nobody acknowledges for someone else.");
        }
    }
}
