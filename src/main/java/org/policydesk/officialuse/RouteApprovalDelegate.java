package org.policydesk.officialuse;

import static org.policydesk.officialuse.OfficialUseProcess.VAR_APPROVAL_GROUPS;
import static org.policydesk.officialuse.OfficialUseProcess.VAR_PERSON_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policydesk.people.People;
import org.policydesk.people.Person;
import org.policydesk.people.PersonKind;
import org.policydesk.workflow.Actors;
import org.policydesk.workflow.Groups;
import org.springframework.stereotype.Component;

/**
 * Sends the decision to the Chair for governors and the Head Teacher, to the Head Teacher (and
 * the deputy, who may decide only while an absence is in force) for other employees.
 */
@Component("routeOfficialUseApproval")
class RouteApprovalDelegate implements JavaDelegate {

    private final People people;
    private final Actors actors;

    RouteApprovalDelegate(People people, Actors actors) {
        this.people = people;
        this.actors = actors;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Person person = people.get(((Number) execution.getVariable(VAR_PERSON_ID)).longValue());
        boolean toChair = person.kind() == PersonKind.GOVERNOR || actors.of(person.userId()).isIn(Groups.HEAD_TEACHER);
        execution.setVariable(VAR_APPROVAL_GROUPS,
            toChair ? Groups.CHAIR_OF_GOVERNORS : Groups.HEAD_TEACHER + "," + Groups.DEPUTY_HEAD);
    }
}
