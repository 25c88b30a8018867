package org.policydesk.acknowledgements;

import static org.policydesk.acknowledgements.AcknowledgementProcess.VAR_ROUND_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Each tick of the round's reminder cycle reminds everyone who has not yet acknowledged. */
@Component("remindOutstandingAcknowledgements")
class RemindOutstandingDelegate implements JavaDelegate {

    private final AcknowledgementService service;

    RemindOutstandingDelegate(AcknowledgementService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.remindOutstanding(((Number) execution.getVariable(VAR_ROUND_ID)).longValue());
    }
}
