package org.policydesk.notifications;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.policydesk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Copies what a notice needs from a task: while it is being created, or later from the task service. */
@Component
class TaskNotices {

    private final TaskService taskService;
    private final RuntimeService runtimeService;

    TaskNotices(TaskService taskService, RuntimeService runtimeService) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
    }

    /** Inside the engine's command: the task's candidates are set by the time {@code create} fires. */
    static TaskNotice of(DelegateTask task) {
        String recordType = (String) task.getVariable(ProcessVariables.RECORD_TYPE);
        return new TaskNotice(task.getId(), task.getName(), local(task.getDueDate()),
            (String) task.getVariable(ProcessVariables.SCHOOL_ID),
            RecordReferences.of(recordType, task.getExecution().getProcessBusinessKey()),
            task.getAssignee(), candidateUsers(task.getCandidates()), candidateGroups(task.getCandidates()));
    }

    TaskNotice of(Task task) {
        Map<String, Object> variables = runtimeService.getVariables(task.getExecutionId(),
            List.of(ProcessVariables.SCHOOL_ID, ProcessVariables.RECORD_TYPE));
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
            .processInstanceId(task.getProcessInstanceId()).singleResult();
        List<IdentityLink> links = taskService.getIdentityLinksForTask(task.getId());
        return new TaskNotice(task.getId(), task.getName(), local(task.getDueDate()),
            (String) variables.get(ProcessVariables.SCHOOL_ID),
            RecordReferences.of((String) variables.get(ProcessVariables.RECORD_TYPE),
                instance == null ? null : instance.getBusinessKey()),
            task.getAssignee(), candidateUsers(links), candidateGroups(links));
    }

    private static List<String> candidateUsers(Collection<IdentityLink> links) {
        return links.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
            .map(IdentityLink::getUserId).filter(id -> id != null).distinct().toList();
    }

    private static List<String> candidateGroups(Collection<IdentityLink> links) {
        return links.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
            .map(IdentityLink::getGroupId).filter(id -> id != null).distinct().toList();
    }

    private static LocalDateTime local(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
    }
}
