package org.policydesk.handover;

import static org.policydesk.handover.HandoverProcess.VAR_HANDOVER_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every account is handed over and the leaver's assistance recorded: the register shows the outcome. */
@Component("closeHandover")
class CloseHandoverDelegate implements JavaDelegate {

    private final HandoverLifecycle lifecycle;

    CloseHandoverDelegate(HandoverLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.close(((Number) execution.getVariable(VAR_HANDOVER_ID)).longValue());
    }
}
