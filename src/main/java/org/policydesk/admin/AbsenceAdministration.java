package org.policydesk.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.policydesk.audit.AuditTrail;
import org.policydesk.people.People;
import org.policydesk.people.Person;
import org.policydesk.people.PersonStatus;
import org.policydesk.school.HeadTeacherAbsence;
import org.policydesk.school.HeadTeacherAbsences;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Groups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Head Teacher's absences: while one is in force the deputy named in it decides what the Head
 * Teacher would (official use above all). The deputy comes from the school's deputy-head group.
 */
@Service
@Transactional
public class AbsenceAdministration {

    private final HeadTeacherAbsences absences;
    private final People people;
    private final IdentityService identityService;
    private final AuditTrail audit;
    private final Clock clock;

    AbsenceAdministration(HeadTeacherAbsences absences, People people, IdentityService identityService,
                          AuditTrail audit, Clock clock) {
        this.absences = absences;
        this.people = people;
        this.identityService = identityService;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<HeadTeacherAbsence> absences(Actor actor) {
        AdminRules.requireAdministrator(actor);
        return absences.all(actor.schoolId());
    }

    /** The people who may be named as the authorised deputy: current members of the deputy-head group. */
    @Transactional(readOnly = true)
    public List<Person> deputies(Actor actor) {
        AdminRules.requireAdministrator(actor);
        return identityService.createUserQuery().memberOfGroup(Groups.DEPUTY_HEAD).orderByUserId().asc().list().stream()
            .map(User::getId)
            .map(userId -> people.findByUserId(actor.schoolId(), userId))
            .flatMap(Optional::stream)
            .filter(person -> person.status() == PersonStatus.CURRENT)
            .toList();
    }

    public long record(Actor actor, String deputyUserId, LocalDate startsOn, LocalDate endsOn, String reason) {
        AdminRules.requireAdministrator(actor);
        Person deputy = deputies(actor).stream().filter(person -> person.userId().equals(deputyUserId)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("Choose the deputy from the school's deputy heads."));
        String why = SchoolAdministration.required(reason, "Give the reason for the absence", 500);
        AdminRules.requireAbsence(startsOn, endsOn, today(), absences.all(actor.schoolId()));
        long id = absences.record(actor.schoolId(), deputy.userId(), startsOn, endsOn, why, actor.userId());
        audit.record(actor.schoolId(), actor.userId(), "absence-recorded", SchoolAdministration.RECORD_TYPE,
            actor.schoolId(), "Head Teacher absent from " + startsOn + (endsOn == null ? " until further notice" :
                " to " + endsOn) + "; " + deputy.fullName() + " acts for them (absence " + id + ")", why);
        return id;
    }

    /** The Head Teacher is back: the absence last applied yesterday (one not yet begun never applies). */
    public void end(Actor actor, long absenceId) {
        AdminRules.requireAdministrator(actor);
        HeadTeacherAbsence absence = find(actor, absenceId);
        LocalDate today = today();
        if (absence.endsOn() != null && absence.endsOn().isBefore(today)) {
            throw new IllegalArgumentException("This absence has already ended.");
        }
        LocalDate lastDay = today.minusDays(1);
        absences.endEarly(absenceId, lastDay);
        String what = absence.startsOn().isBefore(today) ? "ended; its last day was " + lastDay : "cancelled before it began";
        audit.record(actor.schoolId(), actor.userId(), "absence-ended", SchoolAdministration.RECORD_TYPE,
            actor.schoolId(), "Head Teacher absence " + absenceId + " " + what, null);
    }

    @Transactional(readOnly = true)
    public HeadTeacherAbsence find(Actor actor, long absenceId) {
        AdminRules.requireAdministrator(actor);
        return absences.find(absenceId).filter(absence -> absence.schoolId().equals(actor.schoolId()))
            .orElseThrow(() -> new IllegalArgumentException("There is no absence numbered " + absenceId
                + " in your school."));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
