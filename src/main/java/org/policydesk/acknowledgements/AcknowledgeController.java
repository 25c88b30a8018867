package org.policydesk.acknowledgements;

import static org.policydesk.acknowledgements.AcknowledgementProcess.TASK_ACKNOWLEDGE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import org.camunda.bpm.engine.task.Task;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.UserTasks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Acknowledging what a round asks for, with its text on the page: the Social Media Policy itself,
 * or the rules and guidance the leadership team issued. Only the person the task is for may
 * acknowledge it. The policy can also be read at any time at {@code /acknowledgements/policy}.
 */
@Controller
class AcknowledgeController {

    private final AcknowledgementService acknowledgements;
    private final AcknowledgementPages pages;
    private final PolicyText policy;
    private final UserTasks userTasks;

    AcknowledgeController(AcknowledgementService acknowledgements, AcknowledgementPages pages, PolicyText policy,
                          UserTasks userTasks) {
        this.acknowledgements = acknowledgements;
        this.pages = pages;
        this.policy = policy;
        this.userTasks = userTasks;
    }

    @GetMapping("/acknowledgements/policy")
    String policy(Model model) {
        model.addAttribute("policy", policy.blocks());
        return "acknowledgements/policy";
    }

    @GetMapping("/acknowledgements/acknowledge/{taskId}")
    String form(Actor actor, @PathVariable String taskId, Model model) {
        Task task = userTasks.openTaskFor(actor, taskId, TASK_ACKNOWLEDGE);
        AcknowledgementRules.requireOwnAcknowledgement(actor, task.getAssignee());
        Round round = pages.forTask(task);
        model.addAttribute("task", task);
        model.addAttribute("round", round);
        model.addAttribute("subject", pages.subjectOf(round));
        model.addAttribute("isPolicy", round.subject() == AcknowledgementSubject.POLICY);
        model.addAttribute("guidance", pages.guidanceOf(round).orElse(null));
        model.addAttribute("policy", policy.blocks());
        model.addAttribute("issuedBy", pages.guidanceOf(round).map(guidance -> pages.nameOf(guidance.issuedBy())).orElse(""));
        return "acknowledgements/acknowledge";
    }

    @PostMapping("/acknowledgements/acknowledge/{taskId}")
    String acknowledge(Actor actor, @PathVariable String taskId, @Valid Confirmation form, RedirectAttributes redirect) {
        Round round = pages.forTask(userTasks.openTaskFor(actor, taskId, TASK_ACKNOWLEDGE));
        acknowledgements.acknowledge(actor, taskId);
        redirect.addFlashAttribute("notice", "Thank you. You have acknowledged "
            + (round.subject() == AcknowledgementSubject.POLICY ? "the Social Media Policy."
                : "the rules and guidance for official use."));
        return "redirect:/";
    }

    record Confirmation(
        @NotNull(message = CONFIRM)
        @AssertTrue(message = CONFIRM)
        Boolean confirm) {

        static final String CONFIRM = "Tick the box to confirm you have read it and will follow it";
    }
}
