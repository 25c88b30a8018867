package org.policydesk.accounts;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.policydesk.audit.AuditTrail;
import org.policydesk.people.People;
import org.policydesk.people.Person;
import org.policydesk.web.DisplayDates;
import org.policydesk.web.NavigationLink;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Groups;
import org.policydesk.workflow.NotEntitledException;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The accounts register (platform, handle, holder, status, last password change; never a
 * secret), each account's history, and the one way to see a password: the Head Teacher or the
 * office types a reason, {@link AccountRegister#reveal} audits it, and the password is shown once
 * in the answer to that form. It never goes into an address, a flash attribute, a log or a cache.
 */
@Controller
class AccountsController {

    private static final Map<String, AccountStatus> STATUSES = Map.of("active", AccountStatus.ACTIVE,
        "cancelled", AccountStatus.CANCELLED);

    private final AccountRegister accounts;
    private final People people;
    private final AuditTrail audit;

    AccountsController(AccountRegister accounts, People people, AuditTrail audit) {
        this.accounts = accounts;
        this.people = people;
        this.audit = audit;
    }

    static boolean mayRead(Actor actor) {
        return actor.isInAny(Groups.REGISTER_READERS);
    }

    /** As {@link AccountRegister#reveal} decides; here only to show the link and refuse the form early. */
    static boolean mayReveal(Actor actor) {
        return actor.isInAny(Groups.HEAD_TEACHER, Groups.OFFICE);
    }

    @Bean
    static NavigationLink accountsRegister() {
        return new NavigationLink(40, "Accounts", "/accounts", AccountsController::mayRead);
    }

    @GetMapping("/accounts")
    String register(Actor actor, @RequestParam(defaultValue = "") String status,
                    @RequestParam(defaultValue = "") String platform, Model model) {
        requireMayRead(actor);
        List<Account> all = accounts.ofSchool(actor.schoolId());
        AccountStatus wantedStatus = STATUSES.get(status);
        String wantedPlatform = platform.strip();
        List<Row> rows = all.stream()
            .filter(account -> wantedStatus == null || account.status() == wantedStatus)
            .filter(account -> wantedPlatform.isEmpty() || account.platform().equalsIgnoreCase(wantedPlatform))
            .sorted(Comparator.comparing(Account::status).thenComparing(Account::platform).thenComparing(Account::handle))
            .map(this::row).toList();
        Map<String, String> filters = new LinkedHashMap<>();
        if (wantedStatus != null) {
            filters.put("status", status);
        }
        if (!wantedPlatform.isEmpty()) {
            filters.put("platform", wantedPlatform);
        }
        model.addAttribute("rows", rows);
        model.addAttribute("status", wantedStatus == null ? "" : status);
        model.addAttribute("platform", wantedPlatform);
        model.addAttribute("platforms", all.stream().map(Account::platform)
            .collect(java.util.stream.Collectors.toCollection(() -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER))));
        model.addAttribute("filtered", !filters.isEmpty());
        model.addAttribute("pdf", download("pdf", filters));
        model.addAttribute("xlsx", download("xlsx", filters));
        model.addAttribute("mayReveal", mayReveal(actor));
        return "accounts/register";
    }

    @GetMapping("/accounts/{id:\\d+}")
    String account(Actor actor, @PathVariable long id, Model model) {
        Account account = readable(actor, id);
        model.addAttribute("row", row(account));
        model.addAttribute("loginId", account.loginId());
        model.addAttribute("mayReveal", mayReveal(actor));
        model.addAttribute("history", audit.entriesFor(AccountRegister.RECORD_TYPE, id).stream()
            .map(entry -> new Event(DisplayDates.dateTime(entry.occurredAt()), nameOf(entry.actor()),
                describe(entry.action()), entry.detail(), entry.reason()))
            .toList());
        return "accounts/account";
    }

    @GetMapping("/accounts/{id:\\d+}/reveal")
    String revealForm(Actor actor, @PathVariable long id, Model model) {
        Account account = revealable(actor, id);
        model.addAttribute("row", row(account));
        return "accounts/reveal";
    }

    /**
     * The answer to the form is the page with the password: not a redirect, so that the password
     * is never in a flash attribute or an address; {@code no-store} so that no cache keeps it.
     * Entitlement is checked before the reason, so a crafted request learns nothing either way.
     */
    @PostMapping("/accounts/{id:\\d+}/reveal")
    String reveal(Actor actor, @PathVariable long id, @Valid RevealForm form, BindingResult typed, Model model,
                  HttpServletResponse response) throws BindException {
        Account account = revealable(actor, id);
        if (typed.hasErrors()) {
            throw new BindException(typed);
        }
        Secret secret = accounts.reveal(actor, id, form.reason().strip());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(HttpHeaders.PRAGMA, "no-cache");
        response.setHeader(HttpHeaders.EXPIRES, "0");
        model.addAttribute("row", row(account));
        model.addAttribute("secret", secret.reveal());
        return "accounts/revealed";
    }

    private Account readable(Actor actor, long id) {
        requireMayRead(actor);
        Account account = accounts.get(id);
        if (!actor.schoolId().equals(account.schoolId())) {
            throw new NotEntitledException("This account belongs to another school.");
        }
        return account;
    }

    private Account revealable(Actor actor, long id) {
        Account account = accounts.get(id);
        if (!mayReveal(actor) || !actor.schoolId().equals(account.schoolId())) {
            throw new NotEntitledException("Only the Head Teacher or the school office may see an account's password.");
        }
        return account;
    }

    private static void requireMayRead(Actor actor) {
        if (!mayRead(actor)) {
            throw new NotEntitledException("Only the leadership team, the office, the clerk and the governors may see "
                + "the accounts register.");
        }
    }

    private Row row(Account account) {
        String holder = account.holderPersonId() == null ? "School office" : people.get(account.holderPersonId()).fullName();
        return new Row(account.id(), account.platform(), account.handle(), holder,
            account.status() == AccountStatus.ACTIVE ? "Active" : "Cancelled", account.status() == AccountStatus.ACTIVE,
            DisplayDates.date(account.recordedAt().toLocalDate()),
            account.lastRotatedAt() == null ? "" : DisplayDates.date(account.lastRotatedAt().toLocalDate()));
    }

    private String nameOf(String userId) {
        if (Objects.equals(userId, Actor.SYSTEM)) {
            return "PolicyDesk";
        }
        return userId == null ? "" : people.findByUserId(userId).map(Person::fullName).orElse(userId);
    }

    private static String download(String extension, Map<String, String> filters) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/registers/accounts." + extension);
        filters.forEach(uri::queryParam);
        return uri.encode().toUriString();
    }

    private static String describe(String action) {
        return switch (action) {
            case "account-recorded" -> "Recorded";
            case "account-secret-rotated" -> "Password or token changed";
            case "account-transferred" -> "Transferred";
            case "account-cancelled" -> "Cancelled";
            case "account-secret-revealed" -> "Password shown";
            default -> action.replace('-', ' ').toLowerCase(Locale.UK);
        };
    }

    /** An account as the register shows it: never with its secret. */
    public record Row(long id, String platform, String handle, String holder, String status, boolean active,
                      String recorded, String lastRotated) {
    }

    public record Event(String when, String by, String what, String detail, String reason) {
    }

    record RevealForm(
        @NotBlank(message = "Say why you need to see the password")
        @Size(max = 2000, message = "Give the reason in 2,000 characters or fewer")
        String reason) {
    }
}
