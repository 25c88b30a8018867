package org.policydesk.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.ProcessVariables;
import org.policydesk.workflow.UserTasks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The tasks a person may see, in their school only, soonest due first. "Mine" are assigned to
 * them or wait for them by name; "my groups" are waiting for someone in one of their groups to
 * take; "all" adds what colleagues in those groups have taken. Overdue is counted against the engine's clock, the one
 * due dates were set by.
 */
@Component
class TaskLists {

    enum Tab { MINE, GROUPS, OVERDUE, ALL }

    private final TaskService taskService;
    private final IdentityService identityService;
    private final UserTasks userTasks;
    private final List<TaskForms> forms;

    TaskLists(TaskService taskService, IdentityService identityService, UserTasks userTasks,
              ObjectProvider<TaskForms> forms) {
        this.taskService = taskService;
        this.identityService = identityService;
        this.userTasks = userTasks;
        this.forms = forms.orderedStream().toList();
    }

    List<TaskRow> list(Actor actor, Tab tab) {
        LocalDateTime now = now();
        return everythingVisibleTo(actor).stream()
            .filter(task -> switch (tab) {
                case MINE -> isMine(actor, task);
                case GROUPS -> task.getAssignee() == null && !isMine(actor, task);
                case ALL, OVERDUE -> true;
            })
            .map(task -> row(actor, task, now))
            .filter(row -> tab != Tab.OVERDUE || row.overdue())
            .sorted(Comparator.comparing(TaskRow::due, Comparator.nullsLast(Comparator.naturalOrder())))
            .toList();
    }

    /** Assigned to them, or waiting for them by name (an official user's own step). */
    private boolean isMine(Actor actor, Task task) {
        if (task.getAssignee() != null) {
            return task.getAssignee().equals(actor.userId());
        }
        return taskService.getIdentityLinksForTask(task.getId()).stream()
            .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && actor.userId().equals(link.getUserId()));
    }

    Optional<Task> find(String taskId) {
        return Optional.ofNullable(taskService.createTaskQuery().taskId(taskId).singleResult());
    }

    /** Where the task's form lives, when a feature has one for it. */
    Optional<String> formPath(Task task) {
        return formsFor(task).map(form -> form.formPath(task));
    }

    private List<Task> everythingVisibleTo(Actor actor) {
        Map<String, Task> byId = new LinkedHashMap<>();
        query(actor).taskAssignee(actor.userId()).list().forEach(task -> byId.put(task.getId(), task));
        query(actor).taskCandidateUser(actor.userId()).includeAssignedTasks().list()
            .forEach(task -> byId.putIfAbsent(task.getId(), task));
        return List.copyOf(byId.values());
    }

    private TaskQuery query(Actor actor) {
        return taskService.createTaskQuery().processVariableValueEquals(ProcessVariables.SCHOOL_ID, actor.schoolId());
    }

    private TaskRow row(Actor actor, Task task, LocalDateTime now) {
        LocalDateTime due = toLocal(task.getDueDate());
        boolean mine = actor.userId().equals(task.getAssignee());
        boolean free = task.getAssignee() == null;
        boolean candidate = free ? userTasks.mayWorkOn(actor, task) && !isMine(actor, task) : mine && claimable(actor, task);
        Optional<TaskForms> form = formsFor(task);
        return new TaskRow(task.getId(), task.getName(),
            form.map(f -> f.subjectOf(task)).orElse(""),
            form.map(f -> f.formPath(task)).orElse("/tasks/" + task.getId()),
            free ? null : nameOf(task.getAssignee()), mine, free && candidate, mine && candidate,
            due, DueInWords.of(due, now), DueInWords.isOverdue(due, now));
    }

    /** A task they hold but could have claimed as a candidate: theirs to hand back. */
    private boolean claimable(Actor actor, Task task) {
        return taskService.createTaskQuery().taskId(task.getId()).taskCandidateUser(actor.userId())
            .includeAssignedTasks().count() == 1;
    }

    private Optional<TaskForms> formsFor(Task task) {
        return forms.stream().filter(form -> form.taskKeys().contains(task.getTaskDefinitionKey())).findFirst();
    }

    private String nameOf(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : (user.getFirstName() + " " + user.getLastName()).trim();
    }

    private static LocalDateTime now() {
        return toLocal(ClockUtil.getCurrentTime());
    }

    private static LocalDateTime toLocal(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
    }
}
