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

    /** Whether the actor may open the task: its assignee, or a candidate while nobody has claimed it. */
    public boolean mayWorkOn(Actor actor, Task task) {
        return task.getAssignee() == null ? isCandidate(actor, task) : task.getAssignee().equals(actor.userId());
    }

    /** Takes a group's task so that colleagues see who is dealing with it. */
    public void claim(Actor actor, String taskId) {
        Task task = openTask(taskId);
        if (!isCandidate(actor, task)) {
            throw new NotEntitledException("You are not in a group that may take '" + task.getName() + "'.");
        }
        if (task.getAssignee() != null) {
            throw new StaleTaskException(task.getAssignee().equals(actor.userId())
                ? "You have already taken this task." : "This task has been taken by " + task.getAssignee() + ".");
        }
        taskService.setAssignee(taskId, actor.userId());
    }

    /**
     * Gives a claimed task back to its group. Only a task the actor claimed as a candidate goes
     * back: one the model gave to them by name has nobody else to go to.
     */
    public void handBack(Actor actor, String taskId) {
        Task task = openTask(taskId);
        if (!actor.userId().equals(task.getAssignee())) {
            throw new StaleTaskException("This task is not yours to hand back: someone else holds it or it is free.");
        }
        if (!isCandidate(actor, task)) {
            throw new NotEntitledException("'" + task.getName() + "' was given to you by name, so it cannot be "
                + "handed back to a group.");
        }
        taskService.setAssignee(taskId, null);
    }

    private Task openTask(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new StaleTaskException("This task has already been completed or withdrawn; nothing was changed.");
        }
        return task;
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
