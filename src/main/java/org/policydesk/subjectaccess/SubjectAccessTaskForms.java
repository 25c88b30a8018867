package org.policydesk.subjectaccess;

import java.util.Set;

import org.camunda.bpm.engine.task.Task;
import org.policydesk.people.People;
import org.policydesk.web.NavigationLink;
import org.policydesk.web.TaskForms;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the check-and-send form lives, what the task is about, and the menu entry. */
@Configuration
class SubjectAccessTaskForms implements TaskForms {

    static final String CHECK_FORM = "/admin/subject-access/check/";

    private final SubjectAccess subjectAccess;
    private final People people;

    SubjectAccessTaskForms(SubjectAccess subjectAccess, People people) {
        this.subjectAccess = subjectAccess;
        this.people = people;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(SubjectAccessProcess.TASK_CHECK_AND_SEND);
    }

    @Override
    public String formPath(Task task) {
        return CHECK_FORM + task.getId();
    }

    @Override
    public String subjectOf(Task task) {
        SubjectAccessRequest request = subjectAccess.forTask(task);
        return SubjectAccessPack.reference(request.id()) + ": " + people.get(request.subjectPersonId()).fullName();
    }

    @Bean
    static NavigationLink subjectAccessMenu() {
        return new NavigationLink(75, "Subject access", "/admin/subject-access", SubjectAccessRules::mayHandle);
    }
}
