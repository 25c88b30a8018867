package org.policydesk.web;

import java.util.Locale;

import org.camunda.bpm.engine.task.Task;
import org.policydesk.web.TaskLists.Tab;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.NotEntitledException;
import org.policydesk.workflow.StaleTaskException;
import org.policydesk.workflow.UserTasks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The task list with its four tabs, taking and handing back group tasks, and {@code /tasks/{id}},
 * which sends a person to the feature's form for that kind of task.
 */
@Controller
class TaskController {

    private final TaskLists taskLists;
    private final UserTasks userTasks;

    TaskController(TaskLists taskLists, UserTasks userTasks) {
        this.taskLists = taskLists;
        this.userTasks = userTasks;
    }

    @GetMapping("/tasks")
    String list(Actor actor, @RequestParam(defaultValue = "mine") String tab, Model model) {
        Tab chosen = switch (tab) {
            case "groups" -> Tab.GROUPS;
            case "overdue" -> Tab.OVERDUE;
            case "all" -> Tab.ALL;
            default -> Tab.MINE;
        };
        model.addAttribute("tab", chosen.name().toLowerCase(Locale.ROOT));
        model.addAttribute("tasks", taskLists.list(actor, chosen));
        return "tasks/list";
    }

    @GetMapping("/tasks/{taskId}")
    String open(Actor actor, @PathVariable String taskId, Model model) {
        Task task = taskLists.find(taskId).orElseThrow(() -> new StaleTaskException(
            "This task has already been completed or withdrawn."));
        if (!userTasks.mayWorkOn(actor, task)) {
            throw new NotEntitledException(task.getAssignee() != null
                ? "This task is held by someone else." : "This task is for another group.");
        }
        return taskLists.formPath(task).map(path -> "redirect:" + path).orElseGet(() -> {
            model.addAttribute("task", task);
            return "tasks/no-form";
        });
    }

    @PostMapping("/tasks/{taskId}/claim")
    String claim(Actor actor, @PathVariable String taskId, RedirectAttributes redirect) {
        userTasks.claim(actor, taskId);
        redirect.addFlashAttribute("notice", "The task is yours now. Your colleagues can see that you are dealing with it.");
        return "redirect:/tasks?tab=mine";
    }

    @PostMapping("/tasks/{taskId}/hand-back")
    String handBack(Actor actor, @PathVariable String taskId, RedirectAttributes redirect) {
        userTasks.handBack(actor, taskId);
        redirect.addFlashAttribute("notice", "You have handed the task back to your group.");
        return "redirect:/tasks?tab=groups";
    }
}
