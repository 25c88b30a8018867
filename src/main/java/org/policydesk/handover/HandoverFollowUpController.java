package org.policydesk.handover;

import static org.policydesk.handover.HandoverProcess.TASK_CHASE_OVERDUE_STEP;
import static org.policydesk.handover.HandoverProcess.TASK_RECORD_ASSISTANCE;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.task.Task;
import org.policydesk.accounts.Account;
import org.policydesk.people.Person;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.UserTasks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What happens around the account steps: the Head Teacher (the Chair, when the Head Teacher is
 * the one leaving) chasing a step that became overdue, and the office recording how far the
 * leaver helped once every account is handed over.
 */
@Controller
class HandoverFollowUpController {

    private final HandoverService handovers;
    private final HandoverPages pages;
    private final UserTasks userTasks;

    HandoverFollowUpController(HandoverService handovers, HandoverPages pages, UserTasks userTasks) {
        this.handovers = handovers;
        this.pages = pages;
        this.userTasks = userTasks;
    }

    @GetMapping("/handovers/chase/{taskId}")
    String chaseForm(Actor actor, @PathVariable String taskId, Model model) {
        Task task = userTasks.openTaskFor(actor, taskId, TASK_CHASE_OVERDUE_STEP);
        Handover handover = pages.forTask(task);
        Person leaver = pages.leaver(handover);
        HandoverEntitlements.requireMayChase(actor, handover, leaver, pages.escalationGroupOf(task));
        Account account = pages.accountOf(task);
        describe(model, task, handover, leaver);
        model.addAttribute("account", account);
        model.addAttribute("row", handovers.steps(handover.id()).stream()
            .filter(step -> step.accountId() == account.id()).findFirst().map(pages::accountRow).orElse(null));
        model.addAttribute("waiting", pages.openSteps(actor, handover).stream()
            .filter(step -> step.about().equals(HandoverPages.describe(account)) && step.formPath() == null).toList());
        return "handover/chase";
    }

    @PostMapping("/handovers/chase/{taskId}")
    String chase(Actor actor, @PathVariable String taskId, @Valid Chase form, RedirectAttributes redirect) {
        Task task = userTasks.openTaskFor(actor, taskId, TASK_CHASE_OVERDUE_STEP);
        Handover handover = pages.forTask(task);
        String account = HandoverPages.describe(pages.accountOf(task));
        handovers.chaseOverdueStep(actor, taskId, form.note().strip());
        redirect.addFlashAttribute("notice", "Your chasing of the overdue step for " + account + " is recorded.");
        return "redirect:/handovers/" + handover.id();
    }

    @GetMapping("/handovers/assistance/{taskId}")
    String assistanceForm(Actor actor, @PathVariable String taskId, Model model) {
        Task task = userTasks.openTaskFor(actor, taskId, TASK_RECORD_ASSISTANCE);
        Handover handover = pages.forTask(task);
        Person leaver = pages.leaver(handover);
        HandoverEntitlements.requireOfficeNotLeaver(actor, handover, leaver, "record how far the leaver assisted");
        describe(model, task, handover, leaver);
        model.addAttribute("accounts", handovers.steps(handover.id()).stream().map(pages::accountRow).toList());
        return "handover/assistance";
    }

    @PostMapping("/handovers/assistance/{taskId}")
    String recordAssistance(Actor actor, @PathVariable String taskId, @Valid Assistance form,
                            RedirectAttributes redirect) {
        Handover handover = pages.forTask(userTasks.openTaskFor(actor, taskId, TASK_RECORD_ASSISTANCE));
        String leaver = pages.leaver(handover).fullName();
        handovers.recordLeaverAssistance(actor, taskId, form.assistance(), form.note().strip());
        boolean complete = handovers.get(handover.id()).status() == HandoverStatus.COMPLETE;
        redirect.addFlashAttribute("notice", complete
            ? "The handover from " + leaver + " is complete. Its certificate is ready to download."
            : "How far " + leaver + " assisted is recorded.");
        return "redirect:/handovers/" + handover.id();
    }

    private static void describe(Model model, Task task, Handover handover, Person leaver) {
        model.addAttribute("task", task);
        model.addAttribute("handover", handover);
        model.addAttribute("leaver", leaver);
        model.addAttribute("reference", HandoversController.reference(handover.id()));
        model.addAttribute("assistanceChoices", List.of(
            List.of("FULL", "Fully", leaver.fullName() + " handed over everything and helped as needed."),
            List.of("PARTIAL", "Partly", "Some help, or some items handed over late or not at all."),
            List.of("NONE", "Not at all", leaver.fullName() + " did not help with the handover.")));
    }

    record Chase(
        @NotBlank(message = "Say what you did to chase the step")
        @Size(max = 2000, message = "Say it in 2,000 characters or fewer")
        String note) {
    }

    record Assistance(
        @NotNull(message = "Choose how far the leaver assisted")
        LeaverAssistance assistance,
        @NotBlank(message = "Add a note on the leaver's assistance")
        @Size(max = 2000, message = "Write the note in 2,000 characters or fewer")
        String note) {
    }
}
