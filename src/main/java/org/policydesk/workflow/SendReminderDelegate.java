package org.policydesk.workflow;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.policydesk.audit.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * Reminds whoever holds an unfinished task. A model names the task in the input parameter
 * {@code remindAbout}; the reminder lands on the record's audit trail (and, from the
 * notifications feature, in people's mail).
 */
@Component("sendReminder")
class SendReminderDelegate implements JavaDelegate {

    private final TaskService taskService;
    private final AuditTrail audit;

    SendReminderDelegate(TaskService taskService, AuditTrail audit) {
        this.taskService = taskService;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String taskKey = (String) execution.getVariable("remindAbout");
        List<Task> open = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
            .taskDefinitionKey(taskKey).list();
        for (Task task : open) {
            audit.record((String) execution.getVariable(ProcessVariables.SCHOOL_ID), Actor.SYSTEM, "reminder-sent",
                (String) execution.getVariable(ProcessVariables.RECORD_TYPE), execution.getProcessBusinessKey(),
                "Reminder: '" + task.getName() + "' " + due(task) + "; waiting for " + holders(task), null);
        }
    }

    private static String due(Task task) {
        if (task.getDueDate() == null) {
            return "has no due date";
        }
        return "was due " + DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
            .format(task.getDueDate().toInstant().atZone(ZoneId.systemDefault()));
    }

    private String holders(Task task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        return taskService.getIdentityLinksForTask(task.getId()).stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
            .map(link -> link.getGroupId() != null ? "group " + link.getGroupId() : link.getUserId())
            .collect(Collectors.joining(", "));
    }
}
