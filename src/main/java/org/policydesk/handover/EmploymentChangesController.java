package org.policydesk.handover;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.policydesk.officialuse.OfficialUseService;
import org.policydesk.people.People;
import org.policydesk.people.Person;
import org.policydesk.people.PersonKind;
import org.policydesk.people.PersonStatus;
import org.policydesk.school.HeadTeacherAbsence;
import org.policydesk.school.HeadTeacherAbsences;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Actors;
import org.policydesk.workflow.Groups;
import org.policydesk.workflow.NotEntitledException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording that someone has left (which ends their official use and starts the handover of
 * their accounts), or that an employee is suspended or reinstated (which suspends or resumes it).
 * The lists offer only the people this person may record the change for, as the policy says:
 * the office or the Head Teacher for employees, the Chair or the clerk for governors, the Chair
 * for the Head Teacher. The official-use service checks again.
 */
@Controller
class EmploymentChangesController {

    private final OfficialUseService officialUse;
    private final HandoverService handovers;
    private final People people;
    private final Actors actors;
    private final HeadTeacherAbsences absences;

    EmploymentChangesController(OfficialUseService officialUse, HandoverService handovers, People people,
                                Actors actors, HeadTeacherAbsences absences) {
        this.officialUse = officialUse;
        this.handovers = handovers;
        this.people = people;
        this.actors = actors;
        this.absences = absences;
    }

    static boolean mayRecordLeaving(Actor actor) {
        return actor.isInAny(Groups.OFFICE, Groups.HEAD_TEACHER, Groups.DEPUTY_HEAD, Groups.CHAIR_OF_GOVERNORS, Groups.CLERK);
    }

    static boolean mayRecordSuspension(Actor actor) {
        return actor.isInAny(Groups.HEAD_TEACHER, Groups.DEPUTY_HEAD, Groups.CHAIR_OF_GOVERNORS);
    }

    @GetMapping("/handovers/leaving")
    String leavingForm(Actor actor, Model model) {
        requireLeaving(actor);
        return form(model, Change.LEAVING, candidates(actor, person -> person.status() != PersonStatus.LEFT
            && (person.kind() == PersonKind.GOVERNOR ? actor.isInAny(Groups.CHAIR_OF_GOVERNORS, Groups.CLERK)
                : actor.isIn(Groups.OFFICE) || mayChangeEmployee(actor, person))));
    }

    @PostMapping("/handovers/leaving")
    String recordLeaving(Actor actor, @Valid ChangeForm form, RedirectAttributes redirect) {
        requireLeaving(actor);
        Person person = people.get(form.personId());
        officialUse.recordLeaving(actor, person.id(), form.reason().strip());
        Optional<Handover> started = handovers.register(actor.schoolId()).stream()
            .filter(handover -> handover.leaverPersonId() == person.id() && handover.status() == HandoverStatus.OPEN)
            .findFirst();
        if (started.isEmpty()) {
            redirect.addFlashAttribute("notice", person.fullName() + " is recorded as having left. They were not an "
                + "official user, so there are no accounts to hand over.");
            return "redirect:/handovers";
        }
        int accounts = handovers.steps(started.get().id()).size();
        redirect.addFlashAttribute("notice", person.fullName() + " is recorded as having left. Their official use has "
            + "ended and the handover of " + (accounts == 1 ? "1 account" : accounts + " accounts") + " has started.");
        return "redirect:/handovers/" + started.get().id();
    }

    @GetMapping("/handovers/suspension")
    String suspensionForm(Actor actor, Model model) {
        requireSuspension(actor);
        return form(model, Change.SUSPENSION, candidates(actor, person -> person.kind() == PersonKind.EMPLOYEE
            && person.status() == PersonStatus.CURRENT && mayChangeEmployee(actor, person)));
    }

    @PostMapping("/handovers/suspension")
    String recordSuspension(Actor actor, @Valid ChangeForm form, RedirectAttributes redirect) {
        requireSuspension(actor);
        Person person = people.get(form.personId());
        officialUse.recordSuspension(actor, person.id(), form.reason().strip());
        redirect.addFlashAttribute("notice", person.fullName() + " is recorded as suspended. Any official use is "
            + "suspended until they are reinstated.");
        return "redirect:/handovers";
    }

    @GetMapping("/handovers/reinstatement")
    String reinstatementForm(Actor actor, Model model) {
        requireSuspension(actor);
        return form(model, Change.REINSTATEMENT, candidates(actor, person -> person.kind() == PersonKind.EMPLOYEE
            && person.status() == PersonStatus.SUSPENDED && mayChangeEmployee(actor, person)));
    }

    @PostMapping("/handovers/reinstatement")
    String recordReinstatement(Actor actor, @Valid ChangeForm form, RedirectAttributes redirect) {
        requireSuspension(actor);
        Person person = people.get(form.personId());
        officialUse.recordReinstatement(actor, person.id(), form.reason().strip());
        redirect.addFlashAttribute("notice", person.fullName() + " is recorded as reinstated. Official use that was "
            + "suspended is in force again.");
        return "redirect:/handovers";
    }

    private static String form(Model model, Change change, List<Person> candidates) {
        model.addAttribute("change", change);
        model.addAttribute("candidates", candidates);
        return "handover/employment-change";
    }

    /** Employees and governors other than oneself whom the rule lets this person record the change for. */
    private List<Person> candidates(Actor actor, Predicate<Person> allowed) {
        List<Person> found = new ArrayList<>(people.ofKind(actor.schoolId(), PersonKind.EMPLOYEE));
        found.addAll(people.ofKind(actor.schoolId(), PersonKind.GOVERNOR));
        return found.stream().filter(person -> !actor.userId().equals(person.userId())).filter(allowed).toList();
    }

    /** The Chair for the Head Teacher; the Head Teacher (or the deputy during a recorded absence) for other employees. */
    private boolean mayChangeEmployee(Actor actor, Person employee) {
        boolean headTeacher = employee.userId() != null && actors.of(employee.userId()).isIn(Groups.HEAD_TEACHER);
        if (headTeacher) {
            return actor.isIn(Groups.CHAIR_OF_GOVERNORS);
        }
        return actor.isIn(Groups.HEAD_TEACHER) || (actor.isIn(Groups.DEPUTY_HEAD) && absences.inForce(actor.schoolId())
            .map(HeadTeacherAbsence::deputyUserId).filter(actor.userId()::equals).isPresent());
    }

    private static void requireLeaving(Actor actor) {
        if (!mayRecordLeaving(actor)) {
            throw new NotEntitledException("Only the school office or the Head Teacher may record that an employee has "
                + "left, and only the Chair or the clerk that a governor has.");
        }
    }

    private static void requireSuspension(Actor actor) {
        if (!mayRecordSuspension(actor)) {
            throw new NotEntitledException("Only the Head Teacher (or the Chair of Governors, for the Head Teacher) may "
                + "record a suspension or reinstatement.");
        }
    }

    /** The three changes, with the words each page uses. */
    public enum Change {
        LEAVING("/handovers/leaving", "Record that someone has left", "Who has left?",
            "Why did they leave, or what ended?", "For example: resigned at the end of the summer term; appointment as "
                + "governor ended. Kept in the audit trail.", "Record that they have left",
            "Their official use ends at once and the handover of every school account they hold starts."),
        SUSPENSION("/handovers/suspension", "Record a suspension", "Who is suspended?", "Reason for the suspension",
            "Kept in the audit trail; say no more than the record needs.", "Record the suspension",
            "They may not act as an official user while suspended."),
        REINSTATEMENT("/handovers/reinstatement", "Record a reinstatement", "Who is reinstated?",
            "Note on the reinstatement", "Kept in the audit trail.", "Record the reinstatement",
            "Official use that was suspended is in force again.");

        private final String path;
        private final String title;
        private final String who;
        private final String reasonLabel;
        private final String reasonHint;
        private final String button;
        private final String effect;

        Change(String path, String title, String who, String reasonLabel, String reasonHint, String button, String effect) {
            this.path = path;
            this.title = title;
            this.who = who;
            this.reasonLabel = reasonLabel;
            this.reasonHint = reasonHint;
            this.button = button;
            this.effect = effect;
        }

        public String getPath() { return path; }
        public String getTitle() { return title; }
        public String getWho() { return who; }
        public String getReasonLabel() { return reasonLabel; }
        public String getReasonHint() { return reasonHint; }
        public String getButton() { return button; }
        public String getEffect() { return effect; }
    }

    record ChangeForm(
        @NotNull(message = "Choose the person")
        Long personId,
        @NotBlank(message = "Give the reason")
        @Size(max = 2000, message = "Give the reason in 2,000 characters or fewer")
        String reason) {
    }
}
