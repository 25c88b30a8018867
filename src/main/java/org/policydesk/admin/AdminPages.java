package org.policydesk.admin;

import java.util.List;

import org.policydesk.audit.AuditEntry;
import org.policydesk.people.People;
import org.policydesk.people.Person;
import org.policydesk.signin.SignInGuard;
import org.policydesk.web.DisplayDates;
import org.policydesk.web.NavigationLink;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Groups;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The administration start page, its menu entry (a {@code @Bean} in lite mode), and what the
 * admin pages share: names for sign-ins and a record's timeline from the audit trail.
 */
@Controller
class AdminPages {

    private final People people;

    AdminPages(People people) {
        this.people = people;
    }

    @GetMapping("/admin")
    String index(Actor actor) {
        AdminRules.requireAdministrator(actor);
        return "admin/index";
    }

    @Bean
    static NavigationLink administration() {
        return new NavigationLink(80, "Administration", "/admin", actor -> actor.isIn(Groups.ADMIN));
    }

    /**
     * A sign-in as a name: "Sam Reid", "PolicyDesk" for what the engine did by itself, "Not signed
     * in" for a failed sign-in (the audit trail's "anonymous").
     */
    String nameOf(String userId) {
        if (userId == null) {
            return "";
        }
        if (SignInGuard.NOT_SIGNED_IN.equals(userId)) {
            return "Not signed in";
        }
        return Actor.SYSTEM.equals(userId) ? "PolicyDesk" : people.findByUserId(userId).map(Person::fullName).orElse(userId);
    }

    List<TimelineEntry> timeline(List<AuditEntry> entries) {
        return entries.stream().map(entry -> new TimelineEntry(DisplayDates.dateTime(entry.occurredAt()),
            nameOf(entry.actor()), inWords(entry.action()), entry.detail(), entry.reason())).toList();
    }

    /** "sign-in-created" as "sign-in created", "groups-changed" as "groups changed". */
    static String inWords(String action) {
        return action.replace('-', ' ').replace("sign in", "sign-in").replace(" re enabled", " re-enabled");
    }

    /** An audit entry as the pages show it, latest last. */
    public record TimelineEntry(String when, String by, String action, String detail, String reason) {
    }
}
