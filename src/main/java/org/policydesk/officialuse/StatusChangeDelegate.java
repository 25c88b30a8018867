package org.policydesk.officialuse;

import static org.policydesk.officialuse.OfficialUseProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Writes a decided change of official use into the register. The change itself was checked by
 * {@link OfficialUseService} before the message reached the process; the beans below name the
 * status each service task sets.
 */
class StatusChangeDelegate implements JavaDelegate {

    private final OfficialUseService service;
    private final OfficialUseStatus status;
    private final String handoverReason;

    StatusChangeDelegate(OfficialUseService service, OfficialUseStatus status, String handoverReason) {
        this.service = service;
        this.status = status;
        this.handoverReason = handoverReason;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long officialUserId = ((Number) execution.getVariable(VAR_OFFICIAL_USER_ID)).longValue();
        service.changeStatus(officialUserId, status, (String) execution.getVariable(VAR_CHANGED_BY),
            (String) execution.getVariable(VAR_CHANGE_REASON));
        if (handoverReason != null) {
            execution.setVariable(VAR_HANDOVER_REASON, handoverReason);
        }
    }
}
