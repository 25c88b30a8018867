package org.policydesk.escalation;

import static org.policydesk.escalation.EscalationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Closes the incident in the register with the outcome the leadership team recorded, or, for
 * praise and fair comment, with the outcome and closer given as the task's input parameters.
 */
@Component("closeIncident")
class CloseIncidentDelegate implements JavaDelegate {

    private final IncidentSteps steps;

    CloseIncidentDelegate(IncidentSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long incidentId = ((Number) execution.getVariable(VAR_INCIDENT_ID)).longValue();
        steps.close(incidentId, IncidentOutcome.valueOf((String) execution.getVariable(VAR_OUTCOME)),
            (String) execution.getVariable(VAR_OUTCOME_NOTE), (String) execution.getVariable(VAR_CLOSED_BY));
    }
}
