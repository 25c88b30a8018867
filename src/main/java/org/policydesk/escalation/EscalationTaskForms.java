package org.policydesk.escalation;

import static org.policydesk.escalation.EscalationProcess.VAR_INCIDENT_ID;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.policydesk.web.NavigationLink;
import org.policydesk.web.TaskForms;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the forms of comment escalation live, what each task is about, and the navigation.
 * A task is named by its incident's reference and platform only, never by who posted the comment:
 * task lists are seen by more people than may read pupils' and parents' names.
 */
@Configuration
class EscalationTaskForms implements TaskForms {

    private static final Set<String> KEYS = Arrays.stream(IncidentForm.values()).map(IncidentForm::taskKey)
        .collect(Collectors.toUnmodifiableSet());

    private final RuntimeService runtimeService;
    private final IncidentService incidents;

    EscalationTaskForms(RuntimeService runtimeService, IncidentService incidents) {
        this.runtimeService = runtimeService;
        this.incidents = incidents;
    }

    @Override
    public Set<String> taskKeys() {
        return KEYS;
    }

    @Override
    public String formPath(Task task) {
        return formPathOf(task);
    }

    @Override
    public String subjectOf(Task task) {
        Incident incident = incidents.get(((Number) runtimeService.getVariable(task.getExecutionId(), VAR_INCIDENT_ID))
            .longValue());
        return IncidentWords.reference(incident.id()) + ", comment on " + incident.platform();
    }

    static String formPathOf(Task task) {
        return IncidentForm.forTaskKey(task.getTaskDefinitionKey()).map(form -> form.path(task.getId()))
            .orElse("/tasks/" + task.getId());
    }

    @Bean
    static NavigationLink reportAComment() {
        return new NavigationLink(30, "Report a comment", "/incidents/report", actor -> true);
    }

    @Bean
    static NavigationLink incidentRegister() {
        return new NavigationLink(40, "Incidents", "/incidents", IncidentReaders::mayReadRegister);
    }
}
