package org.policydesk.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.policydesk.web.DisplayDates;
import org.policydesk.web.NavigationLink;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Groups;
import org.policydesk.workflow.NotEntitledException;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The governors' area: the registers to download and the termly report for any recent term, the
 * current one first. What it shows comes from {@link GovernorReport} and the registers, which
 * name staff and governors but never a pupil or a parent.
 */
@Controller
class GovernorsController {

    private static final String[] MEMBERS = {Groups.GOVERNORS, Groups.CHAIR_OF_GOVERNORS, Groups.CLERK,
        Groups.HEAD_TEACHER};
    /** How many terms the picker offers: the current one and the two school years before it. */
    private static final int TERMS_OFFERED = 7;

    private final GovernorReports reports;
    private final Clock clock;

    GovernorsController(GovernorReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    static boolean isMember(Actor actor) {
        return actor.isInAny(MEMBERS);
    }

    @Bean
    static NavigationLink governorsArea() {
        return new NavigationLink(90, "Governors", "/governors", GovernorsController::isMember);
    }

    @GetMapping("/governors")
    String area(Actor actor, @RequestParam(required = false) String term, Model model) {
        requireMember(actor);
        Term chosen = chosen(term);
        model.addAttribute("term", chosen);
        model.addAttribute("terms", recentTerms(chosen));
        GovernorReport report = reports.forTerm(actor.schoolId(), chosen);
        model.addAttribute("report", report);
        model.addAttribute("reviewDate", DisplayDates.date(report.policyReviewDate()));
        model.addAttribute("registers", Arrays.stream(RegisterKind.values())
            .map(kind -> new RegisterLink(kind.title(), "/registers/" + kind.slug() + ".pdf",
                "/registers/" + kind.slug() + ".xlsx")).toList());
        return "governors/area";
    }

    @GetMapping("/governors/report.pdf")
    ResponseEntity<byte[]> report(Actor actor, @RequestParam(required = false) String term) {
        requireMember(actor);
        Term chosen = chosen(term);
        return RegisterDownloadsController.attachment(reports.exportPdf(actor.schoolId(), chosen, actor.userId()), MediaType.APPLICATION_PDF,
            "governors-report-" + chosen.slug() + ".pdf");
    }

    private Term chosen(String term) {
        return term == null || term.isBlank() ? Term.containing(LocalDate.now(clock)) : Term.parse(term);
    }

    /** The current term and those before it, newest first; a chosen older term is added so the picker shows it. */
    private List<Term> recentTerms(Term chosen) {
        List<Term> terms = new ArrayList<>();
        Term term = Term.containing(LocalDate.now(clock));
        for (int i = 0; i < TERMS_OFFERED; i++) {
            terms.add(term);
            term = Term.containing(term.start().minusDays(1));
        }
        if (!terms.contains(chosen)) {
            terms.add(chosen);
        }
        return terms;
    }

    private static void requireMember(Actor actor) {
        if (!isMember(actor)) {
            throw new NotEntitledException("The governors' area is for the governors, the clerk and the Head Teacher.");
        }
    }

    public record RegisterLink(String title, String pdf, String xlsx) {
    }
}
