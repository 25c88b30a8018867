package org.policydesk.subjectaccess;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The model's "Produce the pack": everything held about the person, redacted, in one zip. */
@Component("produceSubjectAccessPack")
class ProducePackDelegate implements JavaDelegate {

    private final SubjectAccess subjectAccess;

    ProducePackDelegate(SubjectAccess subjectAccess) {
        this.subjectAccess = subjectAccess;
    }

    @Override
    public void execute(DelegateExecution execution) {
        subjectAccess.producePack(((Number) execution.getVariable(SubjectAccessProcess.VAR_REQUEST_ID)).longValue());
    }
}
