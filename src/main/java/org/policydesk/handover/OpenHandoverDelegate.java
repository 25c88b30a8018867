package org.policydesk.handover;

import static org.policydesk.handover.HandoverProcess.*;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.springframework.stereotype.Component;

/**
 * Opens the register row and hands the model the account ids to loop over. A call activity does
 * not give the instance a business key, so this sets it to the handover id: reminders and audit
 * entries then land on the handover whichever way the process was started.
 */
@Component("openHandover")
class OpenHandoverDelegate implements JavaDelegate {

    private final HandoverLifecycle lifecycle;

    OpenHandoverDelegate(HandoverLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HandoverLifecycle.Opened opened = lifecycle.open((String) execution.getVariable(VAR_SCHOOL_ID),
            ((Number) execution.getVariable(VAR_LEAVER_PERSON_ID)).longValue(),
            HandoverReason.parse(execution.getVariable(VAR_HANDOVER_REASON)));
        execution.setProcessBusinessKey(String.valueOf(opened.handoverId()));
        execution.setVariable(VAR_RECORD_TYPE, RECORD_TYPE);
        execution.setVariable(VAR_HANDOVER_ID, opened.handoverId());
        execution.setVariable(VAR_ACCOUNT_IDS, json(opened.accountIds()));
        execution.setVariable(VAR_LEAVER_USER_IDS, json(opened.leaverUserIds()));
        execution.setVariable(VAR_ESCALATION_GROUP, opened.escalationGroup());
    }

    /** JSON rather than Java serialization, so that Cockpit and the REST API can read the lists. */
    private static ObjectValue json(List<?> values) {
        return Variables.objectValue(new ArrayList<>(values)).serializationDataFormat(SerializationDataFormats.JSON).create();
    }
}
