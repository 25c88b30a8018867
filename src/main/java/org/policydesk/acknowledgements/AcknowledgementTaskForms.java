package org.policydesk.acknowledgements;

import static org.policydesk.acknowledgements.AcknowledgementProcess.TASK_ACKNOWLEDGE;

import java.util.Set;

import org.camunda.bpm.engine.task.Task;
import org.policydesk.web.NavigationLink;
import org.policydesk.web.TaskForms;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the acknowledgement form lives, what each task is about, and the acknowledgements navigation. */
@Configuration
class AcknowledgementTaskForms implements TaskForms {

    static final String FORM = "/acknowledgements/acknowledge/";

    private final AcknowledgementPages pages;

    AcknowledgementTaskForms(AcknowledgementPages pages) {
        this.pages = pages;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(TASK_ACKNOWLEDGE);
    }

    @Override
    public String formPath(Task task) {
        return FORM + task.getId();
    }

    @Override
    public String subjectOf(Task task) {
        return pages.subjectOf(pages.forTask(task));
    }

    @Bean
    static NavigationLink acknowledgementsRegister() {
        return new NavigationLink(60, "Acknowledgements", "/acknowledgements", AcknowledgementPages::mayReadRegister);
    }
}
