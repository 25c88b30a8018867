package org.policydesk.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.policydesk.audit.AuditTrail;
import org.policydesk.people.PersonKind;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Groups;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Employees' and governors' sign-ins: the list, adding a person with a sign-in, changing their
 * groups and disabling a sign-in. Group boxes are named {@code group-<id>} so that a refused form
 * comes back with each box as it was ticked.
 */
@Controller
class PeopleAdminController {

    private final PeopleAdministration administration;
    private final AdminPages pages;
    private final AuditTrail audit;

    PeopleAdminController(PeopleAdministration administration, AdminPages pages, AuditTrail audit) {
        this.administration = administration;
        this.pages = pages;
        this.audit = audit;
    }

    @GetMapping("/admin/people")
    String list(Actor actor, Model model) {
        model.addAttribute("holders", administration.signIns(actor));
        return "admin/people";
    }

    @GetMapping("/admin/people/new")
    String newForm(Actor actor, Model model) {
        AdminRules.requireAdministrator(actor);
        model.addAttribute("groups", Groups.ALL);
        return "admin/new-person";
    }

    @PostMapping("/admin/people/new")
    String create(Actor actor, @Valid NewPersonForm form, @RequestParam Map<String, String> typed,
                  RedirectAttributes redirect) {
        long id = administration.create(actor, new NewSignIn(form.userId(), form.firstName(), form.lastName(),
            form.email(), form.kind(), form.roleTitle(), ticked(typed), form.password()));
        redirect.addFlashAttribute("notice", form.firstName().strip() + " " + form.lastName().strip()
            + " can now sign in as " + form.userId().strip() + ". Give them their first password in person.");
        return "redirect:/admin/people/" + id;
    }

    /** The person's page; also where a refused re-enabling comes back to, with its message. */
    @GetMapping({"/admin/people/{id}", "/admin/people/{id}/re-enable"})
    String person(Actor actor, @PathVariable long id, Model model) {
        SignInHolder holder = administration.signIn(actor, id);
        model.addAttribute("holder", holder);
        model.addAttribute("groups", Groups.ALL);
        model.addAttribute("timeline", pages.timeline(audit.entriesFor(PeopleAdministration.RECORD_TYPE, id)));
        if (((Map<?, ?>) model.getAttribute("formValues")).isEmpty()) {
            Map<String, String> current = new LinkedHashMap<>();
            holder.groups().forEach(group -> current.put("group-" + group, "true"));
            model.addAttribute("formValues", current);
        }
        return "admin/person";
    }

    @PostMapping("/admin/people/{id}")
    String changeGroups(Actor actor, @PathVariable long id, @RequestParam(required = false) String reason,
                        @RequestParam Map<String, String> typed, RedirectAttributes redirect) {
        administration.changeGroups(actor, id, ticked(typed), reason);
        redirect.addFlashAttribute("notice", "The groups of " + administration.signIn(actor, id).person().fullName()
            + " are changed. They see the new tasks and pages the next time they open a page.");
        return "redirect:/admin/people/" + id;
    }

    @GetMapping("/admin/people/{id}/disable")
    String disableForm(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("holder", administration.signIn(actor, id));
        return "admin/disable";
    }

    @PostMapping("/admin/people/{id}/disable")
    String disable(Actor actor, @PathVariable long id, @RequestParam(required = false) String reason,
                   RedirectAttributes redirect) {
        administration.disable(actor, id, reason);
        redirect.addFlashAttribute("notice", administration.signIn(actor, id).person().fullName()
            + "'s sign-in is disabled. Their records and history stay as they were.");
        return "redirect:/admin/people/" + id;
    }

    @PostMapping("/admin/people/{id}/re-enable")
    String reEnable(Actor actor, @PathVariable long id, @RequestParam(required = false) String reEnableReason,
                    RedirectAttributes redirect) {
        administration.reEnable(actor, id, reEnableReason);
        redirect.addFlashAttribute("notice", administration.signIn(actor, id).person().fullName()
            + "'s sign-in is re-enabled: their password works again.");
        return "redirect:/admin/people/" + id;
    }

    private static List<String> ticked(Map<String, String> typed) {
        return Groups.ALL.stream().filter(group -> "true".equals(typed.get("group-" + group))).toList();
    }

    record NewPersonForm(
        @NotBlank(message = "Enter the first name") @Size(max = 100, message = "Enter a first name of 100 characters or fewer")
        String firstName,
        @NotBlank(message = "Enter the last name") @Size(max = 100, message = "Enter a last name of 100 characters or fewer")
        String lastName,
        @NotBlank(message = "Enter the sign-in name, such as sjones")
        String userId,
        @NotBlank(message = "Enter their email address; PolicyDesk tells them about their tasks there")
        String email,
        @NotNull(message = "Choose whether they are an employee or a governor")
        PersonKind kind,
        @NotBlank(message = "Enter their role, such as Year 5 Class Teacher")
        String roleTitle,
        @NotNull(message = "Enter a first password of at least 12 characters")
        @Size(min = AdminRules.MIN_PASSWORD, max = AdminRules.MAX_PASSWORD,
            message = "The first password must have 12 to 200 characters")
        String password) {

        @Override
        public String toString() {
            return "NewPersonForm[" + userId + "]";
        }
    }
}
