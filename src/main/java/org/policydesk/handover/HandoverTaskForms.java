package org.policydesk.handover;

import static org.policydesk.handover.HandoverProcess.*;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.task.Task;
import org.policydesk.web.NavigationLink;
import org.policydesk.web.TaskForms;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the handover forms live, what each task is about, and the handover navigation. */
@Configuration
class HandoverTaskForms implements TaskForms {

    static final Map<String, String> FORMS = Map.of(
        TASK_SURRENDER, "/handovers/surrender/",
        TASK_ROTATE_SECRET, "/handovers/rotate/",
        TASK_TRANSFER_OR_CANCEL, "/handovers/transfer-or-cancel/",
        TASK_CHASE_OVERDUE_STEP, "/handovers/chase/",
        TASK_RECORD_ASSISTANCE, "/handovers/assistance/");

    private final HandoverPages pages;

    HandoverTaskForms(HandoverPages pages) {
        this.pages = pages;
    }

    static String pathOf(Task task) {
        return FORMS.get(task.getTaskDefinitionKey()) + task.getId();
    }

    @Override
    public Set<String> taskKeys() {
        return FORMS.keySet();
    }

    @Override
    public String formPath(Task task) {
        return pathOf(task);
    }

    @Override
    public String subjectOf(Task task) {
        String leaver = pages.leaver(pages.forTask(task)).fullName();
        return TASK_RECORD_ASSISTANCE.equals(task.getTaskDefinitionKey()) ? leaver
            : leaver + ": " + HandoverPages.describe(pages.accountOf(task));
    }

    @Bean
    static NavigationLink handoverRegister() {
        return new NavigationLink(50, "Handovers", "/handovers", HandoverPages::mayReadRegister);
    }
}
