package org.policydesk.escalation;

import static org.policydesk.escalation.EscalationProcess.VAR_INCIDENT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Fired when the police have not been involved in time: brings in the Head Teacher. */
@Component("escalateOverduePoliceContact")
class EscalatePoliceContactDelegate implements JavaDelegate {

    private final IncidentSteps steps;

    EscalatePoliceContactDelegate(IncidentSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long incidentId = ((Number) execution.getVariable(VAR_INCIDENT_ID)).longValue();
        steps.escalateOverduePoliceContact(incidentId, execution.getProcessInstanceId());
    }
}
