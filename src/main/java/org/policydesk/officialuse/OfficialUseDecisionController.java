package org.policydesk.officialuse;

import static org.policydesk.officialuse.OfficialUseProcess.TASK_CONSULT_GOVERNORS;
import static org.policydesk.officialuse.OfficialUseProcess.TASK_DECIDE;
import static org.policydesk.officialuse.OfficialUseProcess.VAR_CHANGE_REASON;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.policydesk.people.Person;
import org.policydesk.web.DisplayDates;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.UserTasks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The decisions about someone else's official use: approving or refusing a request, and the
 * Chair recording the governors' view before revoking an employee. Opening a form checks the
 * task and the person as the service will, so nobody fills in a form they may not send.
 */
@Controller
class OfficialUseDecisionController {

    private final OfficialUseService officialUse;
    private final OfficialUsePages pages;
    private final UserTasks userTasks;
    private final RuntimeService runtimeService;

    OfficialUseDecisionController(OfficialUseService officialUse, OfficialUsePages pages, UserTasks userTasks,
                                  RuntimeService runtimeService) {
        this.officialUse = officialUse;
        this.pages = pages;
        this.userTasks = userTasks;
        this.runtimeService = runtimeService;
    }

    @GetMapping("/official-use/decide/{taskId}")
    String decideForm(Actor actor, @PathVariable String taskId, Model model) {
        Task task = userTasks.openTaskFor(actor, taskId, TASK_DECIDE);
        OfficialUser request = pages.forTask(task);
        pages.requireMayDecide(actor, request);
        describe(model, task, request);
        return "officialuse/decide";
    }

    @PostMapping("/official-use/decide/{taskId}")
    String decide(Actor actor, @PathVariable String taskId, @Valid Decision form, RedirectAttributes redirect) {
        String name = nameFor(actor, taskId, TASK_DECIDE);
        officialUse.decide(actor, taskId, form.approve(), form.reason().strip());
        redirect.addFlashAttribute("notice", (form.approve() ? "You approved official use for " : "You refused official use for ")
            + name + ". The decision and your reason are in the register.");
        return "redirect:/";
    }

    @GetMapping("/official-use/consultation/{taskId}")
    String consultationForm(Actor actor, @PathVariable String taskId, Model model) {
        Task task = userTasks.openTaskFor(actor, taskId, TASK_CONSULT_GOVERNORS);
        describe(model, task, pages.forTask(task));
        model.addAttribute("revocationReason", runtimeService.getVariable(task.getExecutionId(), VAR_CHANGE_REASON));
        return "officialuse/consultation";
    }

    @PostMapping("/official-use/consultation/{taskId}")
    String recordConsultation(Actor actor, @PathVariable String taskId, @Valid Consultation form,
                              RedirectAttributes redirect) {
        String name = nameFor(actor, taskId, TASK_CONSULT_GOVERNORS);
        officialUse.recordGovernorConsultation(actor, taskId, form.revoke(), form.consultation().strip());
        redirect.addFlashAttribute("notice", form.revoke()
            ? "The governors' consultation is recorded and " + name + "'s official use is revoked."
            : "The governors' consultation is recorded; " + name + "'s official use continues.");
        return "redirect:/";
    }

    private String nameFor(Actor actor, String taskId, String taskKey) {
        return pages.person(pages.forTask(userTasks.openTaskFor(actor, taskId, taskKey))).fullName();
    }

    private void describe(Model model, Task task, OfficialUser officialUser) {
        Person person = pages.person(officialUser);
        model.addAttribute("task", task);
        model.addAttribute("person", person);
        model.addAttribute("officialUser", officialUser);
        model.addAttribute("requestedBy", pages.nameOf(officialUser.requestedBy()));
        model.addAttribute("requestedAt", DisplayDates.dateTime(officialUser.requestedAt()));
    }

    record Decision(
        @NotNull(message = "Choose whether to approve or refuse the request")
        Boolean approve,
        @NotBlank(message = "Give the reason for your decision")
        @Size(max = 2000, message = "Give the reason in 2,000 characters or fewer")
        String reason) {
    }

    record Consultation(
        @NotNull(message = "Choose whether the governors support the revocation")
        Boolean revoke,
        @NotBlank(message = "Say how the governors were consulted and what they said")
        @Size(max = 2000, message = "Say it in 2,000 characters or fewer")
        String consultation) {
    }
}
