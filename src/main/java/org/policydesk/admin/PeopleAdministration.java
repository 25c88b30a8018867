package org.policydesk.admin;

import java.time.Clock;
import java.time.LocalDateTime;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.policydesk.audit.AuditTrail;
import org.policydesk.people.People;
import org.policydesk.people.Person;
import org.policydesk.people.PersonKind;
import org.policydesk.people.PersonStatus;
import org.policydesk.signin.SignInGuard;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Groups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employees' and governors' sign-ins and groups, kept in Camunda's identity store (the one that
 * signs people in and decides who may take a task) together with the people register. Every
 * change is the administrator's, checked here, and lands on the person's audit trail; a refused
 * change changes nothing, the identity store included (it shares the transaction).
 */
@Service
@Transactional
public class PeopleAdministration {

    static final String RECORD_TYPE = "person";
    /** Reasons go into the audit trail, whose reason column keeps 2,000 characters. */
    private static final int MAX_REASON = 2000;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final IdentityService identityService;
    private final People people;
    private final DisabledSignIns disabled;
    private final AuditTrail audit;
    private final SignInGuard guard;
    private final Clock clock;

    PeopleAdministration(IdentityService identityService, People people, DisabledSignIns disabled, AuditTrail audit,
                         SignInGuard guard, Clock clock) {
        this.identityService = identityService;
        this.people = people;
        this.disabled = disabled;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
    }

    /** The school's employees and governors who have a sign-in, by name. */
    @Transactional(readOnly = true)
    public List<SignInHolder> signIns(Actor actor) {
        AdminRules.requireAdministrator(actor);
        Set<String> off = disabled.inSchool(actor.schoolId());
        Set<String> locked = guard.locked();
        List<Person> staffAndGovernors = new ArrayList<>(people.ofKind(actor.schoolId(), PersonKind.EMPLOYEE));
        staffAndGovernors.addAll(people.ofKind(actor.schoolId(), PersonKind.GOVERNOR));
        return staffAndGovernors.stream()
            .filter(person -> person.userId() != null)
            .sorted(Comparator.comparing(Person::fullName))
            .map(person -> new SignInHolder(person, groupsOf(person.userId()), off.contains(person.userId()),
                locked.contains(person.userId())))
            .toList();
    }

    @Transactional(readOnly = true)
    public SignInHolder signIn(Actor actor, long personId) {
        AdminRules.requireAdministrator(actor);
        Person person = personWithSignIn(actor, personId);
        return new SignInHolder(person, groupsOf(person.userId()), disabled.isDisabled(person.userId()),
            guard.lockedSince(person.userId()).isPresent());
    }

    /** Whether an administrator disabled this sign-in (nobody is told about tasks on a disabled one). */
    @Transactional(readOnly = true)
    public boolean isDisabled(String userId) {
        return disabled.isDisabled(userId);
    }

    public long create(Actor actor, NewSignIn form) {
        AdminRules.requireAdministrator(actor);
        String userId = form.userId() == null ? null : form.userId().strip();
        AdminRules.requireSignInName(userId);
        String first = required(form.firstName(), "Enter the first name", 100);
        String last = required(form.lastName(), "Enter the last name", 100);
        String email = form.email() == null ? null : form.email().strip();
        AdminRules.requireEmail(email);
        AdminRules.requireStaffOrGovernor(form.kind());
        String title = required(form.roleTitle(), "Enter the role, such as Year 5 Class Teacher", 100);
        Set<String> groups = AdminRules.requireGroups(form.kind(), form.groups());
        AdminRules.requirePassword(form.password());
        if (identityService.createUserQuery().userId(userId).count() > 0) {
            throw new IllegalArgumentException("The sign-in name '" + userId + "' is taken; choose another.");
        }
        requireSingleHolders(actor.schoolId(), userId, groups);

        User user = identityService.newUser(userId);
        user.setFirstName(first);
        user.setLastName(last);
        user.setEmail(email);
        user.setPassword(form.password());
        identityService.saveUser(user);
        groups.forEach(group -> identityService.createMembership(userId, group));
        // Strangers may have failed with this name before it existed; their count is not the new person's.
        guard.reEnable(userId);
        long id = people.add(actor.schoolId(), form.kind(), first + " " + last, email, userId, title, null);
        audit.record(actor.schoolId(), actor.userId(), "sign-in-created", RECORD_TYPE, id,
            first + " " + last + " (" + userId + "), " + form.kind().name().toLowerCase() + ", " + title
                + "; groups: " + String.join(", ", groups), null);
        return id;
    }

    public void changeGroups(Actor actor, long personId, Collection<String> asked, String reason) {
        AdminRules.requireAdministrator(actor);
        String why = optional(reason, "Give the reason for the change");
        Person person = personWithSignIn(actor, personId);
        if (disabled.isDisabled(person.userId())) {
            throw new IllegalArgumentException(person.fullName() + "'s sign-in is disabled, so it has no groups.");
        }
        Set<String> groups = AdminRules.requireGroups(person.kind(), asked);
        AdminRules.requireKeepsOwnAdministration(actor, person.userId(), groups);
        Set<String> before = new LinkedHashSet<>(groupsOf(person.userId()));
        List<String> added = groups.stream().filter(group -> !before.contains(group)).toList();
        List<String> removed = before.stream().filter(group -> !groups.contains(group)).toList();
        if (added.isEmpty() && removed.isEmpty()) {
            throw new IllegalArgumentException("Nothing changed: " + person.fullName() + " is already in those groups.");
        }
        requireSingleHolders(person.schoolId(), person.userId(), new LinkedHashSet<>(added));
        removed.forEach(group -> identityService.deleteMembership(person.userId(), group));
        added.forEach(group -> identityService.createMembership(person.userId(), group));
        audit.record(person.schoolId(), actor.userId(), "groups-changed", RECORD_TYPE, person.id(),
            String.join("; ", Stream.of(describe("added to", added), describe("removed from", removed))
                .filter(part -> !part.isEmpty()).toList()), why);
    }

    /**
     * Nobody can sign in with it again: the groups go and the password becomes one nobody knows.
     * The user stays in the identity store so that the names in past tasks and the audit trail
     * still resolve, and the people register keeps the person as they were.
     */
    public void disable(Actor actor, long personId, String reason) {
        AdminRules.requireAdministrator(actor);
        Person person = personWithSignIn(actor, personId);
        AdminRules.requireNotOwnSignIn(actor, person.userId());
        String why = required(reason, "Give the reason for disabling the sign-in", MAX_REASON);
        if (disabled.isDisabled(person.userId())) {
            throw new IllegalArgumentException(person.fullName() + "'s sign-in is already disabled.");
        }
        List<String> groups = groupsOf(person.userId());
        groups.forEach(group -> identityService.deleteMembership(person.userId(), group));
        User user = identityService.createUserQuery().userId(person.userId()).singleResult();
        user.setPassword(unguessable());
        identityService.saveUser(user);
        disabled.add(person.userId(), person.schoolId(), actor.userId(), LocalDateTime.now(clock), why);
        audit.record(person.schoolId(), actor.userId(), "sign-in-disabled", RECORD_TYPE, person.id(),
            "Sign-in " + person.userId() + " disabled; " + describe("removed from", groups), why);
    }

    /**
     * Lifts the lock that too many failed sign-ins put on a sign-in, so that its password works
     * again (the identity store's own lock is lifted too). The administrator should first make sure
     * it was the person themselves who kept failing, and give them a new password if not.
     */
    public void reEnable(Actor actor, long personId, String reason) {
        AdminRules.requireAdministrator(actor);
        Person person = personWithSignIn(actor, personId);
        LocalDateTime lockedAt = guard.lockedSince(person.userId()).orElse(null);
        if (lockedAt == null) {
            throw new IllegalArgumentException(person.fullName() + "'s sign-in is not locked.");
        }
        lift(person, lockedAt, actor.userId(), reason);
    }

    /**
     * The same from the machine PolicyDesk runs on ({@code java -jar ... re-enable-sign-in}): whoever
     * can run it can already read the database, so no sign-in is asked for; {@code operator} names
     * them on the audit trail. Returns what was done, in words.
     */
    public String reEnableSignIn(String userId, String operator, String reason) {
        Person person = people.findByUserId(userId == null ? "" : userId.strip()).orElseThrow(() ->
            new IllegalArgumentException("Nobody in PolicyDesk has the sign-in '" + userId + "'."));
        LocalDateTime lockedAt = guard.lockedSince(person.userId()).orElseThrow(() ->
            new IllegalArgumentException(person.fullName() + "'s sign-in (" + person.userId() + ") is not locked."));
        lift(person, lockedAt, operator, reason);
        return "Re-enabled the sign-in " + person.userId() + " (" + person.fullName() + "), locked since "
            + lockedAt.toLocalDate() + ". If it was not " + person.fullName() + " who kept failing, give them a new "
            + "password now.";
    }

    private void lift(Person person, LocalDateTime lockedAt, String by, String reason) {
        String why = optional(reason, "Give the reason for re-enabling the sign-in");
        guard.reEnable(person.userId());
        identityService.unlockUser(person.userId());
        audit.record(person.schoolId(), by, "sign-in-re-enabled", RECORD_TYPE, person.id(),
            "Sign-in " + person.userId() + " re-enabled; it was locked after too many failed sign-ins on "
                + lockedAt.toLocalDate() + ".", why);
    }

    /** One Head Teacher and one Chair of Governors per school: they sign the letters. */
    private void requireSingleHolders(String schoolId, String userId, Set<String> joining) {
        for (String group : AdminRules.SINGLE_HOLDER) {
            if (!joining.contains(group)) {
                continue;
            }
            identityService.createUserQuery().memberOfGroup(group).list().stream()
                .map(User::getId)
                .filter(holder -> !holder.equals(userId))
                .map(holder -> people.findByUserId(schoolId, holder))
                .flatMap(Optional::stream)
                .filter(holder -> holder.status() == PersonStatus.CURRENT)
                .findFirst()
                .ifPresent(holder -> {
                    throw new IllegalArgumentException(holder.fullName() + " is in the " + group + " group; a school "
                        + "has one at a time, so take them out of it first.");
                });
        }
    }

    private Person personWithSignIn(Actor actor, long personId) {
        return people.find(personId)
            .filter(found -> found.schoolId().equals(actor.schoolId()) && found.isStaffOrGovernor()
                && found.userId() != null)
            .orElseThrow(() -> new IllegalArgumentException("There is no employee or governor with a sign-in "
                + "numbered " + personId + " in your school."));
    }

    private List<String> groupsOf(String userId) {
        List<String> ids = identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId).toList();
        return Groups.ALL.stream().filter(ids::contains).toList();
    }

    private static String required(String typed, String message, int max) {
        if (typed == null || typed.isBlank()) {
            throw new IllegalArgumentException(message + ".");
        }
        if (typed.strip().length() > max) {
            throw new IllegalArgumentException(message + " in " + max + " characters or fewer.");
        }
        return typed.strip();
    }

    /** A reason that may be left out: blank is none; it goes into the audit trail, which keeps 2,000 characters. */
    private static String optional(String typed, String message) {
        if (typed != null && typed.strip().length() > MAX_REASON) {
            throw new IllegalArgumentException(String.format(Locale.UK, "%s in %,d characters or fewer.", message, MAX_REASON));
        }
        return blankToNull(typed);
    }

    private static String describe(String what, List<String> groups) {
        return groups.isEmpty() ? "" : what + " " + String.join(", ", groups);
    }

    private static String blankToNull(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    private static String unguessable() {
        byte[] bytes = new byte[48];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
