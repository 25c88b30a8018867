package org.policydesk.escalation;

import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Groups;
import org.policydesk.workflow.NotEntitledException;

/**
 * Who may read what of the incident register. The register's readers see every incident's
 * references, categories, path, status and outcome; only the leadership team, the Head Teacher
 * and the office see what identifies a pupil or parent (who posted it, what it says, the link,
 * the screenshot, the letters and the notes). Whoever reported a comment may follow their own
 * report, as governors do. Whoever the process gives a step to sees the full report on that
 * step's form, since they cannot act without it (the class teacher must know which pupil).
 */
final class IncidentReaders {

    private static final String[] REGISTER = {Groups.LEADERSHIP_TEAM, Groups.HEAD_TEACHER, Groups.DEPUTY_HEAD,
        Groups.OFFICE, Groups.CLERK, Groups.CHAIR_OF_GOVERNORS, Groups.GOVERNORS};
    private static final String[] NAMES = {Groups.LEADERSHIP_TEAM, Groups.HEAD_TEACHER, Groups.OFFICE};

    private IncidentReaders() {
    }

    static boolean mayReadRegister(Actor actor) {
        return actor.isInAny(REGISTER);
    }

    static boolean maySeeNames(Actor actor) {
        return actor.isInAny(NAMES);
    }

    static void requireMayReadRegister(Actor actor) {
        if (!mayReadRegister(actor)) {
            throw new NotEntitledException("Only the leadership team, the office, the clerk and the governors may see "
                + "the incident register.");
        }
    }

    static boolean mayRead(Actor actor, Incident incident) {
        return actor.schoolId().equals(incident.schoolId())
            && (mayReadRegister(actor) || actor.userId().equals(incident.reportedBy()));
    }

    static void requireMayRead(Actor actor, Incident incident) {
        if (!mayRead(actor, incident)) {
            throw new NotEntitledException("Only the person who reported it, the leadership team, the office, the "
                + "clerk and the governors may see this incident.");
        }
    }

    /** The screenshot and the letters: the three groups, or someone the process has given a step of it to. */
    static void requireMaySeeEvidence(Actor actor, Incident incident, boolean givenAStep) {
        if (!actor.schoolId().equals(incident.schoolId()) || !(maySeeNames(actor) || givenAStep)) {
            throw new NotEntitledException("Only the leadership team, the Head Teacher and the office may open the "
                + "screenshot and the letters, because they name pupils and parents.");
        }
    }
}
