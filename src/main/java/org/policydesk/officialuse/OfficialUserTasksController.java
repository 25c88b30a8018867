package org.policydesk.officialuse;

import static org.policydesk.officialuse.OfficialUseProcess.TASK_ACKNOWLEDGE_GUIDANCE;
import static org.policydesk.officialuse.OfficialUseProcess.TASK_RECORD_ACCOUNTS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.policydesk.accounts.AccountDetails;
import org.policydesk.accounts.Secret;
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
 * The official user's own steps once approved: recording the accounts they will use (passwords
 * go straight into a {@link Secret} and the sealed register, never back to the page) and
 * acknowledging the rules and guidance. After each step the person goes on to their next one.
 */
@Controller
class OfficialUserTasksController {

    private final OfficialUseService officialUse;
    private final OfficialUsePages pages;
    private final UserTasks userTasks;
    private final TaskService taskService;

    OfficialUserTasksController(OfficialUseService officialUse, OfficialUsePages pages, UserTasks userTasks,
                                TaskService taskService) {
        this.officialUse = officialUse;
        this.pages = pages;
        this.userTasks = userTasks;
        this.taskService = taskService;
    }

    @GetMapping("/official-use/accounts/{taskId}")
    String accountsForm(Actor actor, @PathVariable String taskId, Model model) {
        describe(model, userTasks.openTaskFor(actor, taskId, TASK_RECORD_ACCOUNTS));
        model.addAttribute("rows", AccountsForm.ROWS);
        return "officialuse/accounts";
    }

    @InitBinder("accountsForm")
    void checkRows(WebDataBinder binder) {
        binder.addValidators(new AccountsForm.RowsFilledIn());
    }

    @PostMapping("/official-use/accounts/{taskId}")
    String recordAccounts(Actor actor, @PathVariable String taskId, @Valid AccountsForm form,
                          RedirectAttributes redirect) {
        Task task = userTasks.openTaskFor(actor, taskId, TASK_RECORD_ACCOUNTS);
        List<AccountDetails> accounts = new ArrayList<>();
        for (AccountsForm.Row row : form.filledRows()) {
            accounts.add(new AccountDetails(row.getPlatform().strip(), row.getHandle().strip(), row.getLoginId().strip(),
                Secret.of(row.getPassword())));
        }
        officialUse.recordAccounts(actor, taskId, accounts);
        redirect.addFlashAttribute("notice", accounts.size() == 1 ? "The account is recorded in the school's secure register."
            : "The " + accounts.size() + " accounts are recorded in the school's secure register.");
        return nextStep(actor, task);
    }

    @GetMapping("/official-use/guidance/{taskId}")
    String guidanceForm(Actor actor, @PathVariable String taskId, Model model) {
        describe(model, userTasks.openTaskFor(actor, taskId, TASK_ACKNOWLEDGE_GUIDANCE));
        return "officialuse/guidance";
    }

    @PostMapping("/official-use/guidance/{taskId}")
    String acknowledge(Actor actor, @PathVariable String taskId, @Valid Acknowledgement form,
                       RedirectAttributes redirect) {
        OfficialUser officialUser = pages.forTask(userTasks.openTaskFor(actor, taskId, TASK_ACKNOWLEDGE_GUIDANCE));
        officialUse.acknowledgeGuidance(actor, taskId);
        redirect.addFlashAttribute("notice", "Thank you. You have acknowledged the rules and guidance for official use.");
        return "redirect:/official-users/" + officialUser.id();
    }

    /** Straight on to this person's next task in the same request, if the process gave them one. */
    private String nextStep(Actor actor, Task done) {
        Optional<Task> next = taskService.createTaskQuery().processInstanceId(done.getProcessInstanceId())
            .taskAssignee(actor.userId()).list().stream().findFirst();
        return next.filter(task -> OfficialUseTaskForms.FORMS.containsKey(task.getTaskDefinitionKey()))
            .map(task -> "redirect:" + OfficialUseTaskForms.FORMS.get(task.getTaskDefinitionKey()) + task.getId())
            .orElse("redirect:/");
    }

    private void describe(Model model, Task task) {
        OfficialUser officialUser = pages.forTask(task);
        model.addAttribute("task", task);
        model.addAttribute("person", pages.person(officialUser));
        model.addAttribute("officialUser", officialUser);
        model.addAttribute("decidedBy", pages.nameOf(officialUser.decidedBy()));
        model.addAttribute("decidedAt", DisplayDates.dateTime(officialUser.decidedAt()));
    }

    record Acknowledgement(
        @NotNull(message = CONFIRM)
        @AssertTrue(message = CONFIRM)
        Boolean confirm) {

        static final String CONFIRM = "Tick the box to confirm you have read the rules and guidance and will follow them";
    }
}
