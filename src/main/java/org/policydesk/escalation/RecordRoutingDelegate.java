package org.policydesk.escalation;

import static org.policydesk.escalation.EscalationProcess.*;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Writes the routing table's answer into the register and sets the variables the gateways read. */
@Component("recordIncidentRouting")
class RecordRoutingDelegate implements JavaDelegate {

    private final IncidentSteps steps;

    RecordRoutingDelegate(IncidentSteps steps) {
        this.steps = steps;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        long incidentId = ((Number) execution.getVariable(VAR_INCIDENT_ID)).longValue();
        Routing routing = steps.recordRouting(incidentId, (Map<String, Object>) execution.getVariable(VAR_ROUTING));
        execution.setVariable(VAR_PATH, routing.path().decisionValue());
        execution.setVariable(VAR_POLICE_FIRST, routing.policeFirst());
        execution.setVariable(VAR_REPORT_ABUSE, routing.reportAbuse());
        execution.setVariable(VAR_REMOVAL_LETTER, routing.removalLetter());
    }
}
