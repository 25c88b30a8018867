package org.policydesk.retention;

import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Groups;
import org.policydesk.workflow.NotEntitledException;

/** Who may see and run the retention schedule: the administrator and the Head Teacher. */
final class RetentionRules {

    private RetentionRules() {
    }

    static boolean mayManage(Actor actor) {
        return actor.isInAny(Groups.ADMIN, Groups.HEAD_TEACHER);
    }

    static void requireMayManage(Actor actor) {
        if (!mayManage(actor)) {
            throw new NotEntitledException(
                "Only the administrator or the Head Teacher may see and run the retention schedule.");
        }
    }
}
