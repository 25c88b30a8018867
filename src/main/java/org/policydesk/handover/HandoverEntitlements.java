package org.policydesk.handover;

import org.policydesk.people.Person;
import org.policydesk.people.PersonStatus;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Groups;
import org.policydesk.workflow.NotEntitledException;

/**
 * Who may record each step of a handover. Pure rules on facts the caller supplies, so they are
 * tested without the engine. The leaver may say what they surrendered; everything that changes
 * the school's accounts is the office's, and never the leaver's own, even when the leaver works
 * in the office.
 */
final class HandoverEntitlements {

    private HandoverEntitlements() {
    }

    static void requireMayRecordSurrender(Actor actor, Handover handover, Person leaver) {
        requireSameSchool(actor, handover);
        if (!actor.userId().equals(leaver.userId()) && !actor.isIn(Groups.OFFICE)) {
            throw new NotEntitledException("Only " + leaver.fullName() + " or the school office may record what "
                + leaver.fullName() + " surrendered.");
        }
    }

    /** Changing a password, transferring or cancelling an account, recording the leaver's assistance. */
    static void requireOfficeNotLeaver(Actor actor, Handover handover, Person leaver, String what) {
        requireSameSchool(actor, handover);
        if (!actor.isIn(Groups.OFFICE)) {
            throw new NotEntitledException("Only the school office may " + what + ".");
        }
        if (actor.userId().equals(leaver.userId())) {
            throw new NotEntitledException("You are the one handing these accounts over, so someone else in the "
                + "office must " + what + ".");
        }
    }

    static void requireMayChase(Actor actor, Handover handover, Person leaver, String escalationGroup) {
        requireSameSchool(actor, handover);
        if (!actor.isIn(escalationGroup) || actor.userId().equals(leaver.userId())) {
            throw new NotEntitledException("Only the " + roleName(escalationGroup) + " may chase an overdue step in "
                + leaver.fullName() + "'s handover.");
        }
    }

    /** An account may pass only to someone the policy lets post for the school: a current, active official user. */
    static void requireTransferTarget(Person target, Person leaver, boolean activeOfficialUser) {
        if (target.id() == leaver.id()) {
            throw new IllegalArgumentException("The account cannot be transferred back to " + leaver.fullName()
                + ", who is handing it over.");
        }
        if (!target.schoolId().equals(leaver.schoolId())) {
            throw new NotEntitledException(target.fullName() + " belongs to another school.");
        }
        if (!target.isStaffOrGovernor() || target.status() != PersonStatus.CURRENT) {
            throw new IllegalArgumentException(target.fullName() + " is not a current employee or governor, so "
                + "cannot hold a school account.");
        }
        if (!activeOfficialUser) {
            throw new IllegalArgumentException(target.fullName() + " is not an active official user. Transfer the "
                + "account to the school office until their official use is approved.");
        }
    }

    static String roleName(String group) {
        return switch (group) {
            case Groups.HEAD_TEACHER -> "Head Teacher";
            case Groups.CHAIR_OF_GOVERNORS -> "Chair of Governors";
            default -> group;
        };
    }

    private static void requireSameSchool(Actor actor, Handover handover) {
        if (!actor.schoolId().equals(handover.schoolId())) {
            throw new NotEntitledException("This handover belongs to another school.");
        }
    }
}
