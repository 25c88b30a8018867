package org.policydesk.web;

import java.util.List;

import org.policydesk.web.TaskLists.Tab;
import org.policydesk.workflow.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Home: what is waiting for me, what is waiting for my groups, and how much of it is overdue. */
@Controller
class HomeController {

    private static final int SHOWN = 5;

    private final TaskLists taskLists;

    HomeController(TaskLists taskLists) {
        this.taskLists = taskLists;
    }

    @GetMapping("/")
    String home(Actor actor, Model model) {
        List<TaskRow> mine = taskLists.list(actor, Tab.MINE);
        List<TaskRow> groups = taskLists.list(actor, Tab.GROUPS);
        model.addAttribute("mine", mine.stream().limit(SHOWN).toList());
        model.addAttribute("mineCount", mine.size());
        model.addAttribute("groups", groups.stream().limit(SHOWN).toList());
        model.addAttribute("groupsCount", groups.size());
        model.addAttribute("overdueCount", taskLists.list(actor, Tab.OVERDUE).size());
        return "home";
    }
}
