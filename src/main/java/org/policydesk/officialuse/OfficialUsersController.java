package org.policydesk.officialuse;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.policydesk.accounts.AccountRegister;
import org.policydesk.people.Person;
import org.policydesk.web.DisplayDates;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.NotEntitledException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The official users register: who may post for the school now, who did, their accounts (never
 * a password) and every change of status with who made it and why; and revocation by those the
 * policy entitles.
 */
@Controller
class OfficialUsersController {

    private final OfficialUseService officialUse;
    private final OfficialUsePages pages;
    private final AccountRegister accounts;

    OfficialUsersController(OfficialUseService officialUse, OfficialUsePages pages, AccountRegister accounts) {
        this.officialUse = officialUse;
        this.pages = pages;
        this.accounts = accounts;
    }

    @GetMapping("/official-users")
    String register(Actor actor, Model model) {
        if (!OfficialUsePages.mayReadRegister(actor)) {
            throw new NotEntitledException("Only the leadership team, the office, the clerk and the governors may see "
                + "the register of official users.");
        }
        List<Entry> entries = officialUse.register(actor.schoolId()).stream().map(this::entry)
            .sorted(Comparator.comparing(Entry::name)).toList();
        model.addAttribute("current", entries.stream().filter(entry -> entry.record().status().isCurrent()).toList());
        model.addAttribute("past", entries.stream().filter(entry -> !entry.record().status().isCurrent()).toList());
        return "officialuse/register";
    }

    @GetMapping("/official-users/{id}")
    String record(Actor actor, @PathVariable long id, Model model) {
        OfficialUser officialUser = officialUse.get(id);
        pages.requireMayRead(actor, officialUser);
        model.addAttribute("entry", entry(officialUser));
        model.addAttribute("history", officialUse.history(id).stream().map(change -> new Change(
            change.status(), DisplayDates.dateTime(change.changedAt()), pages.nameOf(change.changedBy()),
            change.reason())).toList());
        model.addAttribute("mayRevoke", pages.mayRevoke(actor, officialUser));
        model.addAttribute("requestedBy", pages.nameOf(officialUser.requestedBy()));
        model.addAttribute("requestedAt", DisplayDates.dateTime(officialUser.requestedAt()));
        model.addAttribute("decidedBy", pages.nameOf(officialUser.decidedBy()));
        model.addAttribute("decidedAt", DisplayDates.dateTime(officialUser.decidedAt()));
        model.addAttribute("guidanceAcknowledgedAt", DisplayDates.dateTime(officialUser.guidanceAcknowledgedAt()));
        return "officialuse/official-user";
    }

    @GetMapping("/official-users/{id}/revoke")
    String revokeForm(Actor actor, @PathVariable long id, Model model) {
        OfficialUser officialUser = officialUse.get(id);
        if (!pages.mayRevoke(actor, officialUser)) {
            throw new NotEntitledException("You may not revoke " + pages.person(officialUser).fullName()
                + "'s official use, or it is not in force.");
        }
        model.addAttribute("entry", entry(officialUser));
        model.addAttribute("consult", pages.revocationNeedsConsultation(actor, officialUser));
        return "officialuse/revoke";
    }

    @PostMapping("/official-users/{id}/revoke")
    String revoke(Actor actor, @PathVariable long id, @Valid Revocation form, RedirectAttributes redirect) {
        OfficialUser officialUser = officialUse.get(id);
        officialUse.requestRevocation(actor, id, form.reason().strip());
        String name = pages.person(officialUser).fullName();
        boolean waiting = officialUse.get(id).status().isCurrent();
        redirect.addFlashAttribute("notice", waiting
            ? "The revocation of " + name + "'s official use waits for you to record the governors' consultation; "
                + "it is on your task list."
            : name + "'s official use is revoked. The handover of their accounts has started.");
        return "redirect:/official-users/" + id;
    }

    private Entry entry(OfficialUser officialUser) {
        Person person = pages.person(officialUser);
        List<StatusChange> history = officialUse.history(officialUser.id());
        LocalDateTime since = history.isEmpty() ? officialUser.requestedAt() : history.get(history.size() - 1).changedAt();
        List<AccountLine> held = accounts.activeHeldBy(person.id()).stream()
            .map(account -> new AccountLine(account.platform(), account.handle(),
                DisplayDates.date(account.recordedAt().toLocalDate())))
            .toList();
        return new Entry(officialUser, person.fullName(), person.roleTitle(), DisplayDates.dateTime(since), held);
    }

    /** A register row: the record, the person's name and role, when its status last changed, their accounts. */
    public record Entry(OfficialUser record, String name, String role, String since, List<AccountLine> accounts) {
    }

    /** An account as the register shows it: never with its login secret. */
    public record AccountLine(String platform, String handle, String recorded) {
    }

    public record Change(OfficialUseStatus status, String when, String by, String reason) {
    }

    record Revocation(
        @NotBlank(message = "Give the reason for revoking official use")
        @Size(max = 2000, message = "Give the reason in 2,000 characters or fewer")
        String reason) {
    }
}
