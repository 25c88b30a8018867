package org.policydesk.admin;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.policydesk.people.PersonKind;
import org.policydesk.school.HeadTeacherAbsence;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Deadline;
import org.policydesk.workflow.Groups;
import org.policydesk.workflow.NotEntitledException;

/** What an administrator may do and what a valid change looks like; no engine, no database. */
final class AdminRules {

    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 200;

    /** Camunda's identity store accepts letters and digits; lower case only, so sjones and SJones are not two people. */
    private static final Pattern SIGN_IN = Pattern.compile("[a-z0-9]{2,64}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** Roles the policy gives to governors only, and to employees only. */
    private static final Set<String> GOVERNORS_ONLY = Set.of(Groups.CHAIR_OF_GOVERNORS, Groups.GOVERNORS);
    private static final Set<String> EMPLOYEES_ONLY = Set.of(Groups.HEAD_TEACHER, Groups.DEPUTY_HEAD,
        Groups.LEADERSHIP_TEAM, Groups.OFFICE, Groups.STAFF);
    /** Roles one person holds at a time in a school: letters are signed by them. */
    static final List<String> SINGLE_HOLDER = List.of(Groups.HEAD_TEACHER, Groups.CHAIR_OF_GOVERNORS);

    private AdminRules() {
    }

    static void requireAdministrator(Actor actor) {
        if (!actor.isIn(Groups.ADMIN)) {
            throw new NotEntitledException("Only an administrator may change people, sign-ins and the school profile.");
        }
    }

    /** The audit trail names everyone and every record: the administrators and the Head Teacher read it. */
    static boolean mayReadAudit(Actor actor) {
        return actor.isInAny(Groups.ADMIN, Groups.HEAD_TEACHER);
    }

    static void requireAuditReader(Actor actor) {
        if (!mayReadAudit(actor)) {
            throw new NotEntitledException("Only an administrator or the Head Teacher may read the audit trail.");
        }
    }

    static void requireSignInName(String userId) {
        if (userId == null || !SIGN_IN.matcher(userId).matches()) {
            throw new IllegalArgumentException("A sign-in name has 2 to 64 lower-case letters and digits, like sjones.");
        }
    }

    static void requireEmail(String email) {
        if (email == null || email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("Enter an email address like name@school.example.org.");
        }
    }

    /** Checked by length only: the message never repeats what was typed. */
    static void requirePassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("The first password must have at least " + MIN_PASSWORD + " characters.");
        }
        if (password.length() > MAX_PASSWORD) {
            throw new IllegalArgumentException("The first password must have " + MAX_PASSWORD + " characters or fewer.");
        }
    }

    static void requireStaffOrGovernor(PersonKind kind) {
        if (kind != PersonKind.EMPLOYEE && kind != PersonKind.GOVERNOR) {
            throw new IllegalArgumentException("Choose whether the person is an employee or a governor.");
        }
    }

    /** The groups asked for, known and fitting the kind of person; at least one. */
    static Set<String> requireGroups(PersonKind kind, Collection<String> asked) {
        Set<String> groups = new LinkedHashSet<>(asked == null ? List.of() : asked);
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one group.");
        }
        for (String group : groups) {
            if (!Groups.ALL.contains(group)) {
                throw new IllegalArgumentException("There is no group called '" + group + "'.");
            }
            if (kind == PersonKind.EMPLOYEE && GOVERNORS_ONLY.contains(group)) {
                throw new IllegalArgumentException("Only a governor can be in the " + group + " group.");
            }
            if (kind == PersonKind.GOVERNOR && EMPLOYEES_ONLY.contains(group)) {
                throw new IllegalArgumentException("Only an employee can be in the " + group + " group.");
            }
        }
        return groups;
    }

    /** Keeps at least one administrator: nobody takes away their own admin group. */
    static void requireKeepsOwnAdministration(Actor actor, String userId, Set<String> groups) {
        if (actor.userId().equals(userId) && !groups.contains(Groups.ADMIN)) {
            throw new IllegalArgumentException("You cannot take yourself out of the admin group; another administrator "
                + "must do that, so that someone can always manage sign-ins.");
        }
    }

    static void requireNotOwnSignIn(Actor actor, String userId) {
        if (actor.userId().equals(userId)) {
            throw new IllegalArgumentException("You cannot disable your own sign-in; ask another administrator.");
        }
    }

    /** Blank means the default; otherwise a whole number of days from 1 to a year. */
    static Integer requireDeadlineDays(Deadline deadline, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            int days = Integer.parseInt(typed.strip());
            if (days >= 1 && days <= Deadline.MAX_DAYS) {
                return days;
            }
        } catch (NumberFormatException notANumber) {
            // Same message as out of range.
        }
        throw new IllegalArgumentException("'" + deadline.label() + "' must be a whole number of days from 1 to "
            + Deadline.MAX_DAYS + ", or left blank for the usual number.");
    }

    /** An absence starts today or later, ends on or after its start, and overlaps no other absence. */
    static void requireAbsence(LocalDate startsOn, LocalDate endsOn, LocalDate today, List<HeadTeacherAbsence> recorded) {
        if (startsOn == null) {
            throw new IllegalArgumentException("Enter the first day of the absence.");
        }
        if (startsOn.isBefore(today)) {
            throw new IllegalArgumentException("The absence must start today or later.");
        }
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("The last day of the absence must be on or after its first day.");
        }
        for (HeadTeacherAbsence other : recorded) {
            boolean startsBeforeOtherEnds = other.endsOn() == null || !startsOn.isAfter(other.endsOn());
            boolean endsAfterOtherStarts = endsOn == null || !endsOn.isBefore(other.startsOn());
            boolean otherStillApplies = other.endsOn() == null || !other.endsOn().isBefore(today);
            if (otherStillApplies && startsBeforeOtherEnds && endsAfterOtherStarts) {
                throw new IllegalArgumentException("Another absence is recorded for some of those days; end it first.");
            }
        }
    }
}
