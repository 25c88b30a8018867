package org.policydesk.officialuse;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.policydesk.people.People;
import org.policydesk.people.Person;
import org.policydesk.people.PersonKind;
import org.policydesk.people.PersonStatus;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Groups;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Asking to post for the school: an employee or governor for themselves, or the office or Head
 * Teacher for someone else. The service decides whether the request may be made.
 */
@Controller
class OfficialUseRequestController {

    private final OfficialUseService officialUse;
    private final OfficialUsePages pages;
    private final People people;

    OfficialUseRequestController(OfficialUseService officialUse, OfficialUsePages pages, People people) {
        this.officialUse = officialUse;
        this.pages = pages;
        this.people = people;
    }

    @GetMapping("/official-use/request")
    String form(Actor actor, Model model) {
        pages.personOf(actor).flatMap(me -> officialUse.currentFor(me.id()))
            .ifPresent(mine -> model.addAttribute("existing", mine));
        if (mayAskForOthers(actor)) {
            model.addAttribute("people", candidates(actor));
        }
        return "officialuse/request";
    }

    @PostMapping("/official-use/request")
    String request(Actor actor, @Valid OfficialUseRequest form, RedirectAttributes redirect) {
        Person person = form.personId() == null || !mayAskForOthers(actor)
            ? pages.personOf(actor).orElseThrow(() -> new IllegalArgumentException(
                "Your sign-in is not linked to an employee or governor, so you cannot ask for yourself."))
            : people.get(form.personId());
        long id = officialUse.request(actor, person.id(), form.purpose().strip());
        boolean self = actor.userId().equals(person.userId());
        redirect.addFlashAttribute("notice", (self ? "Your request" : "The request for " + person.fullName())
            + " has gone to " + pages.approverFor(person) + " to decide.");
        return "redirect:/official-users/" + id;
    }

    private static boolean mayAskForOthers(Actor actor) {
        return actor.isInAny(Groups.OFFICE, Groups.HEAD_TEACHER);
    }

    /** Employees and governors in post with a sign-in: the people official use can be asked for. */
    private List<Person> candidates(Actor actor) {
        List<Person> found = new ArrayList<>(people.ofKind(actor.schoolId(), PersonKind.EMPLOYEE));
        found.addAll(people.ofKind(actor.schoolId(), PersonKind.GOVERNOR));
        return found.stream()
            .filter(person -> person.userId() != null && person.status() == PersonStatus.CURRENT)
            .filter(person -> officialUse.currentFor(person.id()).isEmpty())
            .toList();
    }

    record OfficialUseRequest(
        Long personId,
        @NotBlank(message = "Say what you will use social media for on the school's behalf")
        @Size(max = 2000, message = "Say what it is for in 2,000 characters or fewer")
        String purpose) {
    }
}
