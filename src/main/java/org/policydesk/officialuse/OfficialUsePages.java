package org.policydesk.officialuse;

import static org.policydesk.officialuse.OfficialUseProcess.VAR_OFFICIAL_USER_ID;

import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.policydesk.officialuse.OfficialUseEntitlements.Subject;
import org.policydesk.people.People;
import org.policydesk.people.Person;
import org.policydesk.school.HeadTeacherAbsence;
import org.policydesk.school.HeadTeacherAbsences;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Actors;
import org.policydesk.workflow.Groups;
import org.policydesk.workflow.NotEntitledException;
import org.springframework.stereotype.Component;

/**
 * What the official-use pages need to know beyond the service: the record a task is about, names
 * for sign-ins, and which buttons to show. The buttons only mirror the service's rules (the same
 * {@link OfficialUseEntitlements}); the service checks again when a form is sent.
 */
@Component
class OfficialUsePages {

    /** Groups that see the whole register: the people who decide, keep or oversee it. */
    private final OfficialUseService officialUse;
    private final RuntimeService runtimeService;
    private final People people;
    private final Actors actors;
    private final HeadTeacherAbsences absences;

    OfficialUsePages(OfficialUseService officialUse, RuntimeService runtimeService, People people, Actors actors,
                     HeadTeacherAbsences absences) {
        this.officialUse = officialUse;
        this.runtimeService = runtimeService;
        this.people = people;
        this.actors = actors;
        this.absences = absences;
    }

    OfficialUser forTask(Task task) {
        Object id = runtimeService.getVariable(task.getExecutionId(), VAR_OFFICIAL_USER_ID);
        return officialUse.get(((Number) id).longValue());
    }

    Person person(OfficialUser officialUser) {
        return people.get(officialUser.personId());
    }

    Optional<Person> personOf(Actor actor) {
        return people.findByUserId(actor.schoolId(), actor.userId());
    }

    /** A sign-in as a name: "Helen Ellis", or "PolicyDesk" for what the engine did by itself. */
    String nameOf(String userId) {
        if (userId == null) {
            return "";
        }
        if (Actor.SYSTEM.equals(userId)) {
            return "PolicyDesk";
        }
        return people.findByUserId(userId).map(Person::fullName).orElse(userId);
    }

    static boolean mayReadRegister(Actor actor) {
        return actor.isInAny(Groups.REGISTER_READERS);
    }

    void requireMayRead(Actor actor, OfficialUser officialUser) {
        boolean own = actor.userId().equals(person(officialUser).userId());
        if (!actor.schoolId().equals(officialUser.schoolId()) || !(own || mayReadRegister(actor))) {
            throw new NotEntitledException("Only the leadership team, the office, the clerk and the governors may "
                + "see other people's official use.");
        }
    }

    void requireMayDecide(Actor actor, OfficialUser officialUser) {
        OfficialUseEntitlements.requireMayApprove(actor, subject(officialUser), deputyInForce(actor));
    }

    boolean mayRevoke(Actor actor, OfficialUser officialUser) {
        if (!officialUse.awaitsRevocation(officialUser)) {
            return false;
        }
        try {
            OfficialUseEntitlements.requireMayRevoke(actor, subject(officialUser), deputyInForce(actor));
            return true;
        } catch (NotEntitledException notTheirs) {
            return false;
        }
    }

    /** Whether the Chair's revocation of this person waits for the governors to be consulted. */
    boolean revocationNeedsConsultation(Actor actor, OfficialUser officialUser) {
        return OfficialUseEntitlements.requireMayRevoke(actor, subject(officialUser), deputyInForce(actor));
    }

    /** Who decides a request for this person, in words for the requester. */
    String approverFor(Person person) {
        boolean toChair = person.kind() == org.policydesk.people.PersonKind.GOVERNOR
            || actors.of(person.userId()).isIn(Groups.HEAD_TEACHER);
        return toChair ? "the Chair of Governors" : "the Head Teacher";
    }

    private Subject subject(OfficialUser officialUser) {
        Person person = person(officialUser);
        boolean headTeacher = person.userId() != null && actors.of(person.userId()).isIn(Groups.HEAD_TEACHER);
        return new Subject(person, headTeacher);
    }

    private Optional<String> deputyInForce(Actor actor) {
        return absences.inForce(actor.schoolId()).map(HeadTeacherAbsence::deputyUserId);
    }
}
