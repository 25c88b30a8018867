package org.policydesk.acknowledgements;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.policydesk.web.DisplayDates;
import org.policydesk.workflow.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The acknowledgements register (each round: how many have acknowledged, and on its own page
 * who has and who has not), downloads with the page's filters, and the two ways rounds start:
 * asking everyone to acknowledge the policy, and issuing new rules and guidance.
 */
@Controller
class AcknowledgementsController {

    private static final Map<String, AcknowledgementSubject> SUBJECTS = Map.of("policy", AcknowledgementSubject.POLICY,
        "guidance", AcknowledgementSubject.GUIDANCE);

    private final AcknowledgementService acknowledgements;
    private final AcknowledgementPages pages;

    AcknowledgementsController(AcknowledgementService acknowledgements, AcknowledgementPages pages) {
        this.acknowledgements = acknowledgements;
        this.pages = pages;
    }

    @GetMapping("/acknowledgements")
    String register(Actor actor, @RequestParam(defaultValue = "") String subject,
                    @RequestParam(defaultValue = "") String state, Model model) {
        AcknowledgementPages.requireMayReadRegister(actor);
        AcknowledgementSubject wantedSubject = SUBJECTS.get(subject);
        String wantedState = state.equals("outstanding") || state.equals("acknowledged") ? state : "";
        List<RoundRow> rows = acknowledgements.rounds(actor.schoolId()).stream()
            .filter(round -> wantedSubject == null || round.subject() == wantedSubject)
            .map(round -> row(acknowledgements.coverage(round.id())))
            .filter(row -> wantedState.isEmpty() || (wantedState.equals("outstanding") == (row.outstanding() > 0)))
            .toList();
        Map<String, String> filters = new LinkedHashMap<>();
        if (wantedSubject != null) {
            filters.put("subject", subject);
        }
        if (!wantedState.isEmpty()) {
            filters.put("state", wantedState);
        }
        model.addAttribute("rows", rows);
        model.addAttribute("subject", wantedSubject == null ? "" : subject);
        model.addAttribute("state", wantedState);
        model.addAttribute("filtered", !filters.isEmpty());
        model.addAttribute("pdf", download("pdf", filters));
        model.addAttribute("xlsx", download("xlsx", filters));
        model.addAttribute("mayStartPolicyRound", AcknowledgementPages.mayStartPolicyRound(actor));
        model.addAttribute("mayIssueGuidance", AcknowledgementPages.mayIssueGuidance(actor));
        return "acknowledgements/register";
    }

    @GetMapping("/acknowledgements/{roundId:\\d+}")
    String round(Actor actor, @PathVariable long roundId, Model model) {
        AcknowledgementPages.requireMayReadRegister(actor);
        RoundCoverage coverage = acknowledgements.coverage(roundId);
        if (!coverage.round().schoolId().equals(actor.schoolId())) {
            throw new IllegalArgumentException("There is no acknowledgement round " + roundId + ".");
        }
        model.addAttribute("row", row(coverage));
        model.addAttribute("acknowledged", coverage.acknowledged().stream()
            .map(entry -> new Person(entry.fullName(), DisplayDates.dateTime(entry.acknowledgedAt()), entry.remindersSent()))
            .toList());
        model.addAttribute("outstanding", coverage.outstanding().stream()
            .map(entry -> new Person(entry.fullName(), "", entry.remindersSent())).toList());
        model.addAttribute("guidance", pages.guidanceOf(coverage.round()).orElse(null));
        return "acknowledgements/round";
    }

    @GetMapping("/acknowledgements/start")
    String startForm(Actor actor) {
        AcknowledgementRules.requireMayStartPolicyRound(actor);
        return "acknowledgements/start";
    }

    @PostMapping("/acknowledgements/start")
    String start(Actor actor, RedirectAttributes redirect) {
        long roundId = acknowledgements.startPolicyRound(actor);
        int asked = acknowledgements.coverage(roundId).total();
        redirect.addFlashAttribute("notice", asked + (asked == 1 ? " person has" : " people have")
            + " been asked to acknowledge the Social Media Policy. Each has a task on their list.");
        return "redirect:/acknowledgements/" + roundId;
    }

    @GetMapping("/acknowledgements/guidance")
    String guidanceForm(Actor actor) {
        AcknowledgementRules.requireMayIssueGuidance(actor);
        return "acknowledgements/issue-guidance";
    }

    @PostMapping("/acknowledgements/guidance")
    String issueGuidance(Actor actor, @Valid GuidanceForm form, RedirectAttributes redirect) {
        AcknowledgementRules.requireMayIssueGuidance(actor);
        long roundId = acknowledgements.issueGuidance(actor, form.label().strip(), form.summary().strip());
        int asked = acknowledgements.coverage(roundId).total();
        redirect.addFlashAttribute("notice", "The rules and guidance '" + form.label().strip() + "' are issued. "
            + (asked == 1 ? "1 official user has" : asked + " official users have") + " been asked to acknowledge them.");
        return "redirect:/acknowledgements/" + roundId;
    }

    private RoundRow row(RoundCoverage coverage) {
        Round round = coverage.round();
        return new RoundRow(round.id(), pages.subjectOf(round), DisplayDates.dateTime(round.startedAt()),
            pages.nameOf(round.startedBy()), DisplayDates.dateTime(round.completedAt()),
            coverage.acknowledged().size(), coverage.outstanding().size(), coverage.total());
    }

    private static String download(String extension, Map<String, String> filters) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/registers/acknowledgements." + extension);
        filters.forEach(uri::queryParam);
        return uri.toUriString();
    }

    public record RoundRow(long id, String subject, String started, String startedBy, String completed,
                           int acknowledged, int outstanding, int total) {
    }

    public record Person(String name, String acknowledgedAt, int remindersSent) {
    }

    record GuidanceForm(
        @NotBlank(message = "Give the guidance a label, for example 'Autumn 2026'")
        @Size(max = 100, message = "Keep the label to 100 characters or fewer")
        String label,
        @NotBlank(message = "Write the rules and guidance")
        @Size(max = 4000, message = "Keep the rules and guidance to 4,000 characters or fewer")
        String summary) {
    }
}
