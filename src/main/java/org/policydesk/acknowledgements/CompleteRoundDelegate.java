package org.policydesk.acknowledgements;

import static org.policydesk.acknowledgements.AcknowledgementProcess.VAR_ROUND_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Everyone named has acknowledged: the round is complete. */
@Component("completeAcknowledgementRound")
class CompleteRoundDelegate implements JavaDelegate {

    private final AcknowledgementService service;

    CompleteRoundDelegate(AcknowledgementService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.complete(((Number) execution.getVariable(VAR_ROUND_ID)).longValue());
    }
}
