package org.policydesk.admin;

import java.time.Clock;
import java.time.LocalDate;

import org.policydesk.school.HeadTeacherAbsence;
import org.policydesk.web.DisplayDates;
import org.policydesk.workflow.Actor;
import org.policydesk.web.DateFields;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording the Head Teacher's absence with the authorised deputy, and ending it early. */
@Controller
class AbsenceAdminController {

    private final AbsenceAdministration administration;
    private final AdminPages pages;
    private final Clock clock;

    AbsenceAdminController(AbsenceAdministration administration, AdminPages pages, Clock clock) {
        this.administration = administration;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/admin/absences")
    String absences(Actor actor, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("absences", administration.absences(actor).stream().map(absence -> row(absence, today)).toList());
        model.addAttribute("deputies", administration.deputies(actor));
        return "admin/absences";
    }

    @PostMapping("/admin/absences")
    String record(Actor actor, @RequestParam(required = false) String deputy,
                  @RequestParam(required = false) String startsDay, @RequestParam(required = false) String startsMonth,
                  @RequestParam(required = false) String startsYear, @RequestParam(required = false) String endsDay,
                  @RequestParam(required = false) String endsMonth, @RequestParam(required = false) String endsYear,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        AdminRules.requireAdministrator(actor);
        LocalDate startsOn = DateFields.parse(startsDay, startsMonth, startsYear, "the first day of the absence");
        LocalDate endsOn = DateFields.parse(endsDay, endsMonth, endsYear, "the last day of the absence");
        administration.record(actor, deputy, startsOn, endsOn, reason);
        redirect.addFlashAttribute("notice", "The absence is recorded. From " + DisplayDates.date(startsOn) + " "
            + pages.nameOf(deputy) + " decides what the Head Teacher would.");
        return "redirect:/admin/absences";
    }

    @GetMapping("/admin/absences/{id}/end")
    String endForm(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("absence", row(administration.find(actor, id), LocalDate.now(clock)));
        return "admin/end-absence";
    }

    @PostMapping("/admin/absences/{id}/end")
    String end(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        administration.end(actor, id);
        redirect.addFlashAttribute("notice", "The absence is ended. The Head Teacher decides again from today.");
        return "redirect:/admin/absences";
    }

    private AbsenceRow row(HeadTeacherAbsence absence, LocalDate today) {
        boolean over = absence.endsOn() != null && absence.endsOn().isBefore(today);
        String state = over ? (absence.endsOn().isBefore(absence.startsOn()) ? "Cancelled" : "Ended")
            : absence.inForceOn(today) ? "In force" : "Planned";
        return new AbsenceRow(absence.id(), pages.nameOf(absence.deputyUserId()), DisplayDates.date(absence.startsOn()),
            absence.endsOn() == null ? "Until further notice" : DisplayDates.date(absence.endsOn()),
            absence.reason(), state, !over);
    }

    /** An absence as the page shows it; {@code mayEnd} while it is planned or in force. */
    public record AbsenceRow(long id, String deputy, String from, String until, String reason, String state,
                             boolean mayEnd) {
    }
}
