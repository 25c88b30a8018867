package org.policydesk.escalation;

import static org.policydesk.escalation.EscalationProcess.*;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.policydesk.audit.AuditTrail;
import org.policydesk.people.People;
import org.policydesk.people.Person;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Groups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The automatic steps of {@code comment-escalation.bpmn}, called by its delegates: recording the
 * routing, requesting letters, escalating an overdue police contact and closing the incident.
 */
@Service
@Transactional
class IncidentSteps {

    private final Incidents incidents;
    private final LetterRequests letters;
    private final People people;
    private final TaskService taskService;
    private final AuditTrail audit;
    private final IncidentLetters incidentLetters;
    private final Clock clock;

    IncidentSteps(Incidents incidents, LetterRequests letters, People people, TaskService taskService,
                  AuditTrail audit, IncidentLetters incidentLetters, Clock clock) {
        this.incidentLetters = incidentLetters;
        this.incidents = incidents;
        this.letters = letters;
        this.people = people;
        this.taskService = taskService;
        this.audit = audit;
        this.clock = clock;
    }

    Routing recordRouting(long incidentId, Map<String, Object> decisionResult) {
        Incident incident = get(incidentId);
        Triage triage = new Triage(incident.whoPosted(), incident.whatItIs(), incident.serious(),
            incident.pupilUnder13Account());
        Routing routing = Routing.fromDecision(decisionResult, triage);
        incidents.recordRouting(incidentId, routing);
        system(incident, "incident-routed", routing.describe(), null);
        return routing;
    }

    /** One request per addressee; one without an addressee when the poster is not in the people register. */
    void requestLetter(long incidentId, Letter letter) {
        Incident incident = get(incidentId);
        Person poster = incident.posterPersonId() == null ? null : people.get(incident.posterPersonId());
        List<Person> parents = poster == null ? List.of() : people.parentsOf(poster.id());
        List<Long> addressees = EscalationRules.addressees(letter, poster, parents);
        if (addressees.isEmpty()) {
            letters.add(incidentId, letter, null, now());
            system(incident, letter.auditAction(), "Requested: " + letter.description()
                + "; the office to find the addressee", null);
        }
        for (Long addressee : addressees) {
            Person parent = people.get(addressee);
            letters.add(incidentId, letter, addressee, now());
            system(incident, letter.auditAction(), "Requested: " + letter.description() + " to "
                + parent.fullName(), null);
            incidentLetters.write(incident, letter, parent, poster);
        }
    }

    /** The police were not contacted in time: the Head Teacher is added to the task and told. */
    void escalateOverduePoliceContact(long incidentId, String processInstanceId) {
        Incident incident = get(incidentId);
        taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(TASK_INVOLVE_POLICE)
            .list().forEach(task -> taskService.addCandidateGroup(task.getId(), Groups.HEAD_TEACHER));
        system(incident, "police-contact-overdue", "The police have not yet been involved; "
            + "escalated to the Head Teacher, who may now record the crime reference too", null);
    }

    void close(long incidentId, IncidentOutcome outcome, String note, String closedBy) {
        Incident incident = get(incidentId);
        incidents.close(incidentId, outcome, note, closedBy, now());
        audit.record(incident.schoolId(), closedBy, "incident-closed", RECORD_TYPE, incidentId,
            "Outcome: " + outcome.name(), note);
    }

    private Incident get(long incidentId) {
        return incidents.find(incidentId).orElseThrow(
            () -> new IllegalStateException("There is no incident " + incidentId + "."));
    }

    private void system(Incident incident, String action, String detail, String reason) {
        audit.record(incident.schoolId(), Actor.SYSTEM, action, RECORD_TYPE, incident.id(), detail, reason);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
