package org.policydesk.workflow;

import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * The one way PolicyDesk completes a user task: the task must still be open, be the kind the
 * caller expects, and the actor must be its assignee or in one of its candidate groups.
 */
@Service
public class UserTasks {

    /** Task-local variable naming who completed the task; history keeps it with the task. */
    public static final String COMPLETED_BY = "completedBy";

    private final TaskService taskService;

    UserTasks(TaskService taskService) {
        this.taskService = taskService;
    }

    /** The open task, checked as above, for a caller about to record a decision on it. */
    public Task openTaskFor(Actor actor, String taskId, String expectedTaskKey) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new StaleTaskException("This task has already been completed or withdrawn; nothing was changed.");
        }
        if (!task.getTaskDefinitionKey().equals(expectedTaskKey)) {
            throw new IllegalArgumentException("Task " + taskId + " is a '" + task.getName()
                + "' task, not the one this form records.");
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(actor.userId())) {
            boolean candidate = isCandidate(actor, task);
            if (!candidate) {
                throw new NotEntitledException("This task is for " + task.getAssignee() + ", not for you.");
            }
            throw new StaleTaskException("This task has been claimed by " + task.getAssignee()
                + "; ask them to hand it back before you record it.");
        }
        if (task.getAssignee() == null && !isCandidate(actor, task)) {
            throw new NotEntitledException("You are not in a group that may complete '" + task.getName() + "'.");
        }
        return task;
    }

    public void complete(Actor actor, Task task, Map<String, Object> variables) {
        taskService.setVariableLocal(task.getId(), COMPLETED_BY, actor.userId());
        taskService.complete(task.getId(), variables);
    }

    private boolean isCandidate(Actor actor, Task task) {
        for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (actor.userId().equals(link.getUserId()) || (link.getGroupId() != null && actor.isIn(link.getGroupId()))) {
                return true;
            }
        }
        return false;
    }
}
