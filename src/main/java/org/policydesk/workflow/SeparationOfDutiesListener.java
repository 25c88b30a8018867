package org.policydesk.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The engine's own check that nobody decides about themselves: a decision task may complete only
 * through {@link UserTasks}, which records who completed it, and not by the {@code subjectUserId}
 * the decision is about. Services
 * check this first with a friendlier message; this listener makes the rule hold whatever path
 * (REST API, Tasklist) completes the task.
 */
@Component("separationOfDuties")
class SeparationOfDutiesListener implements TaskListener {

    public static final String SUBJECT_USER_ID = "subjectUserId";

    @Override
    public void notify(DelegateTask task) {
        Object decidedBy = task.getVariableLocal(UserTasks.COMPLETED_BY);
        if (decidedBy == null) {
            throw new NotEntitledException("'" + task.getName() + "' must be completed through PolicyDesk, "
                + "which records who decided.");
        }
        if (decidedBy.equals(task.getVariable(SUBJECT_USER_ID))) {
            throw new NotEntitledException("Nobody may decide about their own official use.");
        }
    }
}
