package org.policydesk.escalation;

import static org.policydesk.escalation.EscalationProcess.VAR_INCIDENT_ID;
import static org.policydesk.escalation.EscalationProcess.VAR_LETTER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Requests the letter named by the service task's {@code letter} input parameter. */
@Component("requestIncidentLetter")
class RequestLetterDelegate implements JavaDelegate {

    private final IncidentSteps steps;

    RequestLetterDelegate(IncidentSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long incidentId = ((Number) execution.getVariable(VAR_INCIDENT_ID)).longValue();
        steps.requestLetter(incidentId, Letter.valueOf((String) execution.getVariable(VAR_LETTER)));
    }
}
