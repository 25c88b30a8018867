package org.policydesk.subjectaccess;

import java.time.LocalDate;

import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Groups;
import org.policydesk.workflow.NotEntitledException;

/**
 * Who may handle subject access requests and what a valid one looks like; no engine, no database.
 * The Head Teacher and the office run them (the office keeps the school's records and usually
 * answers data protection requests; the Head Teacher is accountable for what the school
 * discloses); the administrator may record a request and produce its pack, but only the Head
 * Teacher or the office decide that a pack is fit to send.
 */
final class SubjectAccessRules {

    static final int MAX_ASKED_BY = 200;
    static final int MAX_NOTE = 2000;

    private SubjectAccessRules() {
    }

    static boolean mayHandle(Actor actor) {
        return actor.isInAny(Groups.HEAD_TEACHER, Groups.OFFICE, Groups.ADMIN);
    }

    static void requireMayHandle(Actor actor) {
        if (!mayHandle(actor)) {
            throw new NotEntitledException("Only the Head Teacher, the office and the administrator may deal with "
                + "subject access requests.");
        }
    }

    static void requireMayCheckAndSend(Actor actor) {
        if (!actor.isInAny(Groups.HEAD_TEACHER, Groups.OFFICE)) {
            throw new NotEntitledException("Only the Head Teacher or the office may check and send the response to a "
                + "subject access request.");
        }
    }

    static void requireSameSchool(Actor actor, String schoolId) {
        if (!actor.schoolId().equals(schoolId)) {
            throw new NotEntitledException("That request belongs to another school.");
        }
    }

    /** Received on a real day, not in the future; the month to answer runs from it. */
    static void requireReceivedOn(LocalDate receivedOn, LocalDate today) {
        if (receivedOn == null) {
            throw new IllegalArgumentException("Enter the date the request was received.");
        }
        if (receivedOn.isAfter(today)) {
            throw new IllegalArgumentException("The date the request was received cannot be in the future.");
        }
    }

    static void requireSentOn(LocalDate sentOn, LocalDate receivedOn, LocalDate today) {
        if (sentOn == null) {
            throw new IllegalArgumentException("Enter the date the response was sent.");
        }
        if (sentOn.isAfter(today)) {
            throw new IllegalArgumentException("The date the response was sent cannot be in the future.");
        }
        if (sentOn.isBefore(receivedOn)) {
            throw new IllegalArgumentException("The response cannot have been sent before the request was received.");
        }
    }

    static String optionalText(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new IllegalArgumentException("Please shorten " + what + " to " + String.format("%,d", max)
                + " characters or fewer.");
        }
        return value.strip();
    }
}
