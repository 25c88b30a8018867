package org.policydesk.web;

import java.util.List;

import org.policydesk.web.TaskLists.Tab;
import org.policydesk.workflow.Actor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Home: what is waiting for me and for my groups, how much of it is overdue, then the features' {@link HomeSection}s. */
@Controller
class HomeController {

    private static final int SHOWN = 5;

    private final TaskLists taskLists;
    private final List<HomeSection> sections;

    HomeController(TaskLists taskLists, ObjectProvider<HomeSection> sections) {
        this.taskLists = taskLists;
        this.sections = sections.orderedStream().toList();
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
        model.addAttribute("sections", sections.stream().flatMap(section -> section.modelFor(actor)
            .map(shown -> new Shown(section.view(), shown)).stream()).toList());
        return "home";
    }

    /** A feature's home section with what it shows this person. */
    public record Shown(String view, Object model) {
    }
}
