package org.policydesk.escalation;

import static org.policydesk.escalation.EscalationProcess.*;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.policydesk.audit.AuditTrail;
import org.policydesk.documents.Documents;
import org.policydesk.web.DisplayDates;
import org.policydesk.web.DueInWords;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.UserTasks;
import org.springframework.stereotype.Component;

/**
 * Where an incident is in its process and how it got there: its open steps with who holds them
 * and when they are due, the removal follow-up date while the process waits for it, the audit
 * trail in words, and the documents filed with it. Due dates are counted against the engine's
 * clock, the one that set them.
 */
@Component
class IncidentProgress {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final UserTasks userTasks;
    private final AuditTrail audit;
    private final Documents documents;
    private final IncidentService incidents;
    private final IncidentPages pages;

    IncidentProgress(RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
                     UserTasks userTasks, AuditTrail audit, Documents documents, IncidentService incidents,
                     IncidentPages pages) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.userTasks = userTasks;
        this.audit = audit;
        this.documents = documents;
        this.incidents = incidents;
        this.pages = pages;
    }

    List<OpenStep> openSteps(Actor actor, Incident incident) {
        LocalDateTime now = now();
        return tasks(incident).stream().map(task -> {
            LocalDateTime due = toLocal(task.getDueDate());
            String form = userTasks.mayWorkOn(actor, task) ? EscalationTaskForms.formPathOf(task) : null;
            return new OpenStep(task.getName(), heldBy(task), DueInWords.of(due, now),
                due == null ? "" : DAY.format(due), DueInWords.isOverdue(due, now), form);
        }).toList();
    }

    /** While the process waits to check removal: the day it will ask, in words. */
    Optional<Waiting> waitingForFollowUp(Incident incident) {
        return instance(incident).map(instance -> managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId(TIMER_REMOVAL_FOLLOW_UP).timers().singleResult())
            .map(Job::getDuedate).map(IncidentProgress::toLocal)
            .map(on -> new Waiting(DAY.format(on), DueInWords.of(on, now()).replace("due ", "")));
    }

    /** Whether the process has given this person a step of the incident that is still open. */
    boolean givenAStep(Actor actor, Incident incident) {
        return tasks(incident).stream().anyMatch(task -> userTasks.mayWorkOn(actor, task));
    }

    /** The incident an open task belongs to, without any check: only to say where to go once it is done. */
    Optional<Long> incidentIdOf(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || task.getProcessDefinitionId() == null || !task.getProcessDefinitionId().startsWith(KEY + ":")) {
            return Optional.empty();
        }
        return Optional.ofNullable((Number) runtimeService.getVariable(task.getExecutionId(), VAR_INCIDENT_ID))
            .map(Number::longValue);
    }

    List<TimelineEntry> timeline(Incident incident, boolean namesShown) {
        return audit.entriesFor(RECORD_TYPE, incident.id()).stream().map(entry -> new TimelineEntry(
            DisplayDates.dateTime(entry.occurredAt()), pages.nameOf(entry.actor()),
            IncidentWords.action(entry.action(), entry.detail()),
            namesShown || IncidentWords.detailHasNoNames(entry.action()) ? withoutFile(entry.action(), entry.detail()) : null,
            namesShown ? entry.reason() : null)).toList();
    }

    List<DocumentLink> documents(Incident incident) {
        return documents.issuedFor(RECORD_TYPE, incident.id()).stream().map(document -> new DocumentLink(
            IncidentWords.letter(document.kind()), DisplayDates.date(document.issuedAt().toLocalDate()),
            "/incidents/" + incident.id() + "/documents/" + document.id())).toList();
    }

    /** Letters the process asked for whose addressee is not in the people register: the office writes those. */
    List<String> lettersWithoutAddressee(Incident incident) {
        return incidents.letterRequests(incident.id()).stream().filter(request -> request.addresseePersonId() == null)
            .map(request -> IncidentWords.letter(request.letter().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                + ", asked for on " + DisplayDates.date(request.requestedAt().toLocalDate()))
            .toList();
    }

    private List<Task> tasks(Incident incident) {
        return instance(incident).map(instance -> taskService.createTaskQuery().processInstanceId(instance.getId())
            .orderByTaskCreateTime().asc().list()).orElse(List.of());
    }

    private Optional<ProcessInstance> instance(Incident incident) {
        return Optional.ofNullable(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY)
            .processInstanceBusinessKey(String.valueOf(incident.id())).singleResult());
    }

    private String heldBy(Task task) {
        if (task.getAssignee() != null) {
            return "Taken by " + pages.nameOf(task.getAssignee());
        }
        String who = taskService.getIdentityLinksForTask(task.getId()).stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
            .map(link -> link.getGroupId() != null ? IncidentWords.group(link.getGroupId()) : pages.nameOf(link.getUserId()))
            .collect(Collectors.joining(" or "));
        return "Waiting for " + (who.isEmpty() ? "someone to be given it" : who) + " to take it";
    }

    /** "removal-request: incidents/keston/7/removal-request.pdf" names a file nobody needs to read. */
    private static String withoutFile(String action, String detail) {
        return action.equals("document-issued") ? null : detail;
    }

    private static LocalDateTime now() {
        return toLocal(ClockUtil.getCurrentTime());
    }

    private static LocalDateTime toLocal(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
    }

    public record OpenStep(String name, String heldBy, String dueInWords, String dueDate, boolean overdue,
                           String formPath) {
    }

    public record Waiting(String on, String inWords) {
    }

    public record TimelineEntry(String when, String who, String what, String detail, String reason) {
    }

    public record DocumentLink(String title, String issuedOn, String href) {
    }
}
