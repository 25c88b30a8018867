package org.policydesk.escalation;

import static org.policydesk.escalation.EscalationProcess.TASK_TRIAGE;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.policydesk.workflow.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of every user task of comment escalation. Opening a form runs the checks the service
 * runs when it is sent (the task is open and of this kind, the person may complete it, same
 * school, not about their own post), so nobody fills in a form they may not send; sending it
 * goes through {@link IncidentService}, which checks again. The form shows the full report: whoever
 * the process gives a step to needs it to act.
 */
@Controller
class IncidentTasksController {

    private final IncidentService incidents;
    private final IncidentPages pages;
    private final IncidentProgress progress;

    IncidentTasksController(IncidentService incidents, IncidentPages pages, IncidentProgress progress) {
        this.incidents = incidents;
        this.pages = pages;
        this.progress = progress;
    }

    @GetMapping("/incidents/tasks/{slug}/{taskId}")
    String form(Actor actor, @PathVariable String slug, @PathVariable String taskId, Model model) {
        IncidentForm form = IncidentForm.forSlug(slug);
        if (form.taskKey().equals(TASK_TRIAGE)) {
            EscalationRules.requireMayTriage(actor);
        }
        Incident incident = incidents.incidentForTask(actor, taskId, form.taskKey());
        model.addAttribute("form", form);
        model.addAttribute("taskId", taskId);
        model.addAttribute("incident", pages.view(incident, true));
        model.addAttribute("action", form.path(taskId));
        model.addAttribute("incidentReadable", IncidentReaders.mayRead(actor, incident));
        if (form == IncidentForm.TRIAGE && incident.posterPersonId() != null && isEmpty(model, "formValues")) {
            model.addAttribute("formValues", Map.of("whoPosted", pages.posterKind(incident).name()));
        }
        return form.view();
    }

    @PostMapping("/incidents/tasks/triage/{taskId}")
    String triage(Actor actor, @PathVariable String taskId, @Valid TriageForm form, RedirectAttributes redirect) {
        Long id = progress.incidentIdOf(taskId).orElse(null);
        Triage triage = Triage.of(form.whoPosted(), form.whatItIs(), isTicked(form.serious()), isTicked(form.pupilUnder13Account()));
        incidents.triage(actor, taskId, triage);
        return done(actor, id, redirect, "The report is triaged: " + IncidentWords.of(triage.whatItIs()).toLowerCase()
            + ", posted by " + IncidentWords.of(triage.whoPosted()).toLowerCase() + ".");
    }

    @PostMapping("/incidents/tasks/police/{taskId}")
    String police(Actor actor, @PathVariable String taskId, @Valid CrimeReference form, RedirectAttributes redirect) {
        Long id = progress.incidentIdOf(taskId).orElse(null);
        incidents.recordPoliceInvolvement(actor, taskId, form.crimeReference());
        return done(actor, id, redirect, "The crime reference is recorded.");
    }

    @PostMapping("/incidents/tasks/talk-to-pupil/{taskId}")
    String talkToPupil(Actor actor, @PathVariable String taskId, @Valid Conversation form, RedirectAttributes redirect) {
        Long id = progress.incidentIdOf(taskId).orElse(null);
        incidents.recordTalkWithPupil(actor, taskId, form.note());
        return done(actor, id, redirect, "Your conversation with the pupil is recorded.");
    }

    @PostMapping("/incidents/tasks/policy-reminder/{taskId}")
    String policyReminder(Actor actor, @PathVariable String taskId, @Valid PolicyReminder form, RedirectAttributes redirect) {
        Long id = progress.incidentIdOf(taskId).orElse(null);
        incidents.recordPolicyReminder(actor, taskId, form.note());
        return done(actor, id, redirect, "The reminder of the Social Media Policy is recorded.");
    }

    @PostMapping("/incidents/tasks/disciplinary/{taskId}")
    String disciplinary(Actor actor, @PathVariable String taskId, @Valid Referral form, RedirectAttributes redirect) {
        Long id = progress.incidentIdOf(taskId).orElse(null);
        incidents.recordDisciplinaryReferral(actor, taskId, form.note());
        return done(actor, id, redirect, "The disciplinary referral is recorded.");
    }

    @PostMapping("/incidents/tasks/anti-bullying/{taskId}")
    String antiBullying(Actor actor, @PathVariable String taskId, @Valid AntiBullyingCase form, RedirectAttributes redirect) {
        Long id = progress.incidentIdOf(taskId).orElse(null);
        incidents.recordAntiBullyingCase(actor, taskId, form.caseReference());
        return done(actor, id, redirect, "The anti-bullying case is recorded.");
    }

    @PostMapping("/incidents/tasks/report-abuse/{taskId}")
    String reportAbuse(Actor actor, @PathVariable String taskId, @Valid PlatformReport form, RedirectAttributes redirect) {
        Long id = progress.incidentIdOf(taskId).orElse(null);
        incidents.recordPlatformReport(actor, taskId, form.reportReference());
        return done(actor, id, redirect, "Your report to the platform is recorded.");
    }

    @PostMapping("/incidents/tasks/removal-check/{taskId}")
    String removalCheck(Actor actor, @PathVariable String taskId, @Valid RemovalCheck form, RedirectAttributes redirect) {
        Long id = progress.incidentIdOf(taskId).orElse(null);
        incidents.recordRemovalCheck(actor, taskId, form.removed(), form.stillSerious(), form.note());
        return done(actor, id, redirect, form.removed() ? "Recorded: the comment has been removed."
            : "Recorded: the comment is still there.");
    }

    @PostMapping("/incidents/tasks/legal-options/{taskId}")
    String legalOptions(Actor actor, @PathVariable String taskId, @Valid LegalDecision form, RedirectAttributes redirect) {
        Long id = progress.incidentIdOf(taskId).orElse(null);
        incidents.recordLegalDecision(actor, taskId, form.decision(), isTicked(form.agreed()));
        return done(actor, id, redirect, "The decision on legal options is recorded.");
    }

    @PostMapping("/incidents/tasks/close/{taskId}")
    String close(Actor actor, @PathVariable String taskId, @Valid Closing form, RedirectAttributes redirect) {
        Long id = progress.incidentIdOf(taskId).orElse(null);
        IncidentOutcome outcome = IncidentOutcome.parse(form.outcome());
        incidents.closeIncident(actor, taskId, outcome, form.note());
        return done(actor, id, redirect, "The incident is closed. Outcome: " + IncidentWords.of(outcome).toLowerCase() + ".");
    }

    /** Back to the incident for those who may read it; to their home page for a class teacher who may not. */
    private String done(Actor actor, Long incidentId, RedirectAttributes redirect, String notice) {
        redirect.addFlashAttribute("notice", notice);
        if (incidentId == null || !IncidentReaders.mayRead(actor, incidents.get(incidentId))) {
            return "redirect:/";
        }
        return "redirect:/incidents/" + incidentId;
    }

    private static boolean isTicked(Boolean box) {
        return Boolean.TRUE.equals(box);
    }

    private static boolean isEmpty(Model model, String attribute) {
        return !(model.getAttribute(attribute) instanceof Map<?, ?> map) || map.isEmpty();
    }

    record TriageForm(
        @NotBlank(message = "Choose who posted the comment") String whoPosted,
        @NotBlank(message = "Choose what the comment is") String whatItIs,
        Boolean serious,
        Boolean pupilUnder13Account) {
    }

    record CrimeReference(
        @NotBlank(message = "Enter the crime reference the police gave")
        @Size(max = 60, message = "Enter the crime reference in 60 characters or fewer") String crimeReference) {
    }

    record Conversation(
        @NotBlank(message = "Say how the conversation with the pupil went")
        @Size(max = 2000, message = "Say it in 2,000 characters or fewer") String note) {
    }

    record PolicyReminder(
        @NotBlank(message = "Say how and when the policy was brought to their attention")
        @Size(max = 2000, message = "Say it in 2,000 characters or fewer") String note) {
    }

    record Referral(
        @NotBlank(message = "Describe the referral made under the disciplinary procedure")
        @Size(max = 2000, message = "Describe it in 2,000 characters or fewer") String note) {
    }

    record AntiBullyingCase(
        @NotBlank(message = "Enter the anti-bullying case reference")
        @Size(max = 200, message = "Enter the case reference in 200 characters or fewer") String caseReference) {
    }

    record PlatformReport(
        @NotBlank(message = "Enter the reference the platform gave for your report")
        @Size(max = 200, message = "Enter the reference in 200 characters or fewer") String reportReference) {
    }

    record RemovalCheck(
        @NotNull(message = "Choose whether the comment has been removed") Boolean removed,
        @NotNull(message = "Choose whether the matter is still serious") Boolean stillSerious,
        @NotBlank(message = "Say what you checked, and when")
        @Size(max = 2000, message = "Say it in 2,000 characters or fewer") String note) {
    }

    record LegalDecision(
        @NotBlank(message = "Enter the decision on legal options")
        @Size(max = 2000, message = "Enter the decision in 2,000 characters or fewer") String decision,
        @NotNull(message = AGREED) @AssertTrue(message = AGREED) Boolean agreed) {

        static final String AGREED = "Tick the box to confirm the Head Teacher and the Chair of Governors both agreed";
    }

    record Closing(
        @NotBlank(message = "Choose the outcome") String outcome,
        @NotBlank(message = "Give a note on the outcome")
        @Size(max = 2000, message = "Give the note in 2,000 characters or fewer") String note) {
    }
}
