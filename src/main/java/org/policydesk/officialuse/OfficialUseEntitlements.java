package org.policydesk.officialuse;

import java.util.Optional;

import org.policydesk.people.Person;
import org.policydesk.people.PersonKind;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Groups;
import org.policydesk.workflow.NotEntitledException;

/**
 * Who may decide what about someone's official use, as the policy says it. Pure rules: the caller
 * supplies the facts (the subject, whether they are the Head Teacher, the deputy named in an
 * absence in force), so they are tested without the engine.
 */
final class OfficialUseEntitlements {

    private OfficialUseEntitlements() {
    }

    /** Approval: Head Teacher (or the deputy during a recorded absence) for employees; Chair for governors. */
    static void requireMayApprove(Actor actor, Subject subject, Optional<String> deputyInForce) {
        requireNotSelf(actor, subject, "approve or refuse your own official use");
        if (subject.isHeadTeacher() || subject.person().kind() == PersonKind.GOVERNOR) {
            requireChair(actor, subject);
            return;
        }
        if (!actsAsHeadTeacher(actor, deputyInForce)) {
            throw new NotEntitledException("Only the Head Teacher, or their authorised deputy during a recorded "
                + "absence, may approve or refuse an employee's official use.");
        }
    }

    /**
     * Revocation, returning whether governors must be consulted first: the Chair revoking an
     * employee (the Head Teacher included) acts in consultation with the governors.
     */
    static boolean requireMayRevoke(Actor actor, Subject subject, Optional<String> deputyInForce) {
        requireNotSelf(actor, subject, "revoke your own official use");
        if (subject.isHeadTeacher()) {
            requireChair(actor, subject);
            return true;
        }
        if (subject.person().kind() == PersonKind.GOVERNOR) {
            requireChair(actor, subject);
            return false;
        }
        if (actsAsHeadTeacher(actor, deputyInForce)) {
            return false;
        }
        if (actor.isIn(Groups.CHAIR_OF_GOVERNORS)) {
            return true;
        }
        throw new NotEntitledException("Only the Head Teacher (or their authorised deputy during a recorded absence) "
            + "or the Chair of Governors may revoke an employee's official use.");
    }

    /** Suspension and reinstatement of an employee: the Head Teacher, or the Chair for the Head Teacher. */
    static void requireMayChangeEmployment(Actor actor, Subject subject, Optional<String> deputyInForce) {
        requireNotSelf(actor, subject, "record your own suspension or reinstatement");
        if (subject.person().kind() != PersonKind.EMPLOYEE) {
            throw new IllegalArgumentException(subject.person().fullName()
                + " is not an employee; only employees are suspended under this policy.");
        }
        if (subject.isHeadTeacher()) {
            requireChair(actor, subject);
        } else if (!actsAsHeadTeacher(actor, deputyInForce)) {
            throw new NotEntitledException("Only the Head Teacher, or their authorised deputy during a recorded "
                + "absence, may record an employee's suspension or reinstatement.");
        }
    }

    /** Leaving: the office or the Head Teacher for employees; the Chair or the clerk for governors. */
    static void requireMayRecordLeaving(Actor actor, Subject subject, Optional<String> deputyInForce) {
        requireNotSelf(actor, subject, "record your own leaving");
        boolean entitled = switch (subject.person().kind()) {
            case GOVERNOR -> actor.isInAny(Groups.CHAIR_OF_GOVERNORS, Groups.CLERK);
            case EMPLOYEE -> actor.isInAny(Groups.OFFICE)
                || (subject.isHeadTeacher() ? actor.isIn(Groups.CHAIR_OF_GOVERNORS) : actsAsHeadTeacher(actor, deputyInForce));
            default -> false;
        };
        if (!entitled) {
            throw new NotEntitledException("You may not record that " + subject.person().fullName() + " has left.");
        }
    }

    private static boolean actsAsHeadTeacher(Actor actor, Optional<String> deputyInForce) {
        return actor.isIn(Groups.HEAD_TEACHER)
            || (actor.isIn(Groups.DEPUTY_HEAD) && deputyInForce.filter(actor.userId()::equals).isPresent());
    }

    private static void requireChair(Actor actor, Subject subject) {
        if (!actor.isIn(Groups.CHAIR_OF_GOVERNORS)) {
            throw new NotEntitledException("Only the Chair of Governors may decide this for "
                + subject.person().fullName() + ".");
        }
    }

    private static void requireNotSelf(Actor actor, Subject subject, String what) {
        if (actor.userId().equals(subject.person().userId())) {
            throw new NotEntitledException("Nobody may " + what + ": someone else must do it.");
        }
        if (!actor.schoolId().equals(subject.person().schoolId())) {
            throw new NotEntitledException(subject.person().fullName() + " belongs to another school.");
        }
    }

    /** The person a decision is about, and whether they are the Head Teacher. */
    record Subject(Person person, boolean isHeadTeacher) {
    }
}
