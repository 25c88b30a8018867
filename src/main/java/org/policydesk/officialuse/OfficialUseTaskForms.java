package org.policydesk.officialuse;

import static org.policydesk.officialuse.OfficialUseProcess.*;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.task.Task;
import org.policydesk.web.NavigationLink;
import org.policydesk.web.TaskForms;
import org.policydesk.workflow.Groups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the official-use forms live, what each task is about, and the official-use navigation. */
@Configuration
class OfficialUseTaskForms implements TaskForms {

    static final Map<String, String> FORMS = Map.of(
        TASK_DECIDE, "/official-use/decide/",
        TASK_RECORD_ACCOUNTS, "/official-use/accounts/",
        TASK_ACKNOWLEDGE_GUIDANCE, "/official-use/guidance/",
        TASK_CONSULT_GOVERNORS, "/official-use/consultation/");

    private final OfficialUsePages pages;

    OfficialUseTaskForms(OfficialUsePages pages) {
        this.pages = pages;
    }

    @Override
    public Set<String> taskKeys() {
        return FORMS.keySet();
    }

    @Override
    public String formPath(Task task) {
        return FORMS.get(task.getTaskDefinitionKey()) + task.getId();
    }

    @Override
    public String subjectOf(Task task) {
        return pages.person(pages.forTask(task)).fullName();
    }

    @Bean
    static NavigationLink askForOfficialUse() {
        return new NavigationLink(10, "Ask to post for the school", "/official-use/request",
            actor -> actor.isInAny(Groups.STAFF, Groups.GOVERNORS, Groups.OFFICE, Groups.HEAD_TEACHER));
    }

    @Bean
    static NavigationLink officialUsersRegister() {
        return new NavigationLink(20, "Official users", "/official-users", OfficialUsePages::mayReadRegister);
    }
}
