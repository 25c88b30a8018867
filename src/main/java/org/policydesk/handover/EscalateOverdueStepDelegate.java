package org.policydesk.handover;

import static org.policydesk.handover.HandoverProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Marks the account's step row as escalated; the model then gives the escalation group a chase task. */
@Component("escalateOverdueHandoverStep")
class EscalateOverdueStepDelegate implements JavaDelegate {

    private final HandoverLifecycle lifecycle;

    EscalateOverdueStepDelegate(HandoverLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.escalateOverdueStep(((Number) execution.getVariable(VAR_HANDOVER_ID)).longValue(),
            ((Number) execution.getVariable(VAR_ACCOUNT_ID)).longValue(),
            (String) execution.getVariable(VAR_ESCALATION_GROUP));
    }
}
