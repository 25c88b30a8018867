package org.policydesk.escalation;

import java.io.IOException;

import jakarta.validation.Valid;

import org.policydesk.workflow.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Report a comment", for everyone signed in: what was posted where and by whom, with a
 * screenshot. Staff may name the poster from the people register; the service checks that too.
 */
@Controller
class IncidentReportController {

    private final IncidentService incidents;
    private final IncidentPages pages;

    IncidentReportController(IncidentService incidents, IncidentPages pages) {
        this.incidents = incidents;
        this.pages = pages;
    }

    @GetMapping("/incidents/report")
    String form(Actor actor, Model model) {
        if (EscalationRules.mayNamePoster(actor)) {
            model.addAttribute("posterChoices", pages.posterChoices(actor));
        }
        return "escalation/report";
    }

    @InitBinder("commentReport")
    void checkDatePosted(WebDataBinder binder) {
        binder.addValidators(new CommentReport.PostedAtValid());
    }

    @PostMapping("/incidents/report")
    String report(Actor actor, @Valid CommentReport form, @RequestParam(required = false) MultipartFile screenshot,
                  RedirectAttributes redirect) throws IOException {
        Upload upload = screenshot == null || screenshot.isEmpty() ? null
            : new Upload(screenshot.getOriginalFilename(), screenshot.getBytes());
        long id = incidents.report(actor, form.toComment(), upload);
        redirect.addFlashAttribute("notice", "Thank you. Your report is " + IncidentWords.reference(id)
            + ". The leadership team will look at it and decide what the policy asks the school to do.");
        return "redirect:/incidents/" + id;
    }
}
