package org.policydesk.handover;

import static org.policydesk.handover.HandoverProcess.*;

import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;

import org.camunda.bpm.engine.task.Task;
import org.policydesk.accounts.Account;
import org.policydesk.accounts.Secret;
import org.policydesk.people.Person;
import org.policydesk.web.DisplayDates;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.UserTasks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The three steps every account of a handover goes through: what the leaver surrendered, the
 * office changing the password or token, and the account's transfer or cancellation. Opening a
 * form checks the task and the person as the service will; after each step the person goes back
 * to the handover's page, which shows what is still waiting.
 */
@Controller
class AccountStepsController {

    private final HandoverService handovers;
    private final HandoverPages pages;
    private final UserTasks userTasks;

    AccountStepsController(HandoverService handovers, HandoverPages pages, UserTasks userTasks) {
        this.handovers = handovers;
        this.pages = pages;
        this.userTasks = userTasks;
    }

    @GetMapping("/handovers/surrender/{taskId}")
    String surrenderForm(Actor actor, @PathVariable String taskId, Model model) {
        Step step = open(actor, taskId, TASK_SURRENDER, model);
        HandoverEntitlements.requireMayRecordSurrender(actor, step.handover(), step.leaver());
        model.addAttribute("items", SurrenderedItem.values());
        model.addAttribute("self", actor.userId().equals(step.leaver().userId()));
        return "handover/surrender";
    }

    @PostMapping("/handovers/surrender/{taskId}")
    String surrender(Actor actor, @PathVariable String taskId, @Valid Surrender form, RedirectAttributes redirect) {
        Step step = open(actor, taskId, TASK_SURRENDER, null);
        handovers.recordSurrender(actor, taskId, form.items());
        redirect.addFlashAttribute("notice", "What " + step.leaver().fullName() + " surrendered for "
            + step.accountName() + " is recorded. The office changes its password next.");
        return step.backToHandover();
    }

    @GetMapping("/handovers/rotate/{taskId}")
    String rotateForm(Actor actor, @PathVariable String taskId, Model model) {
        Step step = open(actor, taskId, TASK_ROTATE_SECRET, model);
        HandoverEntitlements.requireOfficeNotLeaver(actor, step.handover(), step.leaver(), "change the password or token");
        model.addAttribute("lastRotated", DisplayDates.dateTime(step.account().lastRotatedAt()));
        return "handover/rotate";
    }

    @InitBinder("rotationForm")
    void checkPasswords(WebDataBinder binder) {
        binder.addValidators(new RotationForm.TypedTwice());
    }

    @PostMapping("/handovers/rotate/{taskId}")
    String rotate(Actor actor, @PathVariable String taskId, @Valid RotationForm form, RedirectAttributes redirect) {
        Step step = open(actor, taskId, TASK_ROTATE_SECRET, null);
        handovers.rotateSecret(actor, taskId, Secret.of(form.getNewPassword()));
        redirect.addFlashAttribute("notice", "The new password for " + step.accountName()
            + " is sealed in the school's secure register.");
        return step.backToHandover();
    }

    @GetMapping("/handovers/transfer-or-cancel/{taskId}")
    String transferForm(Actor actor, @PathVariable String taskId, Model model) {
        Step step = open(actor, taskId, TASK_TRANSFER_OR_CANCEL, model);
        HandoverEntitlements.requireOfficeNotLeaver(actor, step.handover(), step.leaver(), "transfer or cancel the account");
        model.addAttribute("targets", pages.transferTargets(step.handover()));
        return "handover/transfer-or-cancel";
    }

    @InitBinder("disposalForm")
    void checkDisposal(WebDataBinder binder) {
        binder.addValidators(new DisposalForm.TargetChosen());
    }

    @PostMapping("/handovers/transfer-or-cancel/{taskId}")
    String transferOrCancel(Actor actor, @PathVariable String taskId, @Valid DisposalForm form,
                            RedirectAttributes redirect) {
        Step step = open(actor, taskId, TASK_TRANSFER_OR_CANCEL, null);
        handovers.transferOrCancel(actor, taskId, form.disposition(), form.toPersonId(), form.getReason().strip());
        String what = switch (form.disposition()) {
            case TRANSFERRED -> "transferred to " + pages.personName(form.toPersonId());
            case TO_SCHOOL_OFFICE -> "transferred to the school office";
            case CANCELLED -> "cancelled";
        };
        redirect.addFlashAttribute("notice", step.accountName() + " is " + what + ".");
        return step.backToHandover();
    }

    /** The open task with the handover, leaver and account it is about; also put on the page when there is one. */
    private Step open(Actor actor, String taskId, String taskKey, Model model) {
        Task task = userTasks.openTaskFor(actor, taskId, taskKey);
        Handover handover = pages.forTask(task);
        Step step = new Step(task, handover, pages.leaver(handover), pages.accountOf(task));
        if (model != null) {
            model.addAttribute("task", task);
            model.addAttribute("handover", handover);
            model.addAttribute("leaver", step.leaver());
            model.addAttribute("account", step.account());
            model.addAttribute("reference", HandoversController.reference(handover.id()));
        }
        return step;
    }

    private record Step(Task task, Handover handover, Person leaver, Account account) {

        String accountName() {
            return HandoverPages.describe(account);
        }

        String backToHandover() {
            return "redirect:/handovers/" + handover.id();
        }
    }

    record Surrender(
        @NotEmpty(message = "Tick at least one thing that was surrendered: login details, passwords, tokens or "
            + "authorisation devices")
        Set<SurrenderedItem> items) {
    }
}
