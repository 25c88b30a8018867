package org.policydesk.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.policydesk.web.DisplayDates;
import org.policydesk.web.NavigationLink;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Groups;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The retention schedule in words, what would be erased today in the signed-in person's school,
 * and a button to erase it now, behind a confirmation page. The menu entry is a {@code @Bean} in
 * lite mode, like the other features'.
 */
@Controller
class RetentionController {

    private final Retention retention;
    private final Clock clock;

    RetentionController(Retention retention, Clock clock) {
        this.retention = retention;
        this.clock = clock;
    }

    @Bean
    static NavigationLink retentionLink() {
        return new NavigationLink(85, "Retention", "/admin/retention", RetentionRules::mayManage);
    }

    @GetMapping("/admin/retention")
    String schedule(Actor actor, Model model) {
        RetentionRules.requireMayManage(actor);
        LocalDate today = LocalDate.now(clock);
        RetentionPreview preview = retention.dryRun(today);
        // The Head Teacher reaches this page from the menu; only the administrator may open Administration.
        model.addAttribute("administrator", actor.isIn(Groups.ADMIN));
        model.addAttribute("today", DisplayDates.date(today));
        model.addAttribute("schedule", retention.schedule());
        model.addAttribute("due", rows(preview.recordsOf(actor.schoolId())));
        model.addAttribute("processHistory", preview.processHistory());
        return "retention/schedule";
    }

    @GetMapping("/admin/retention/run")
    String confirm(Actor actor, Model model) {
        RetentionRules.requireMayManage(actor);
        LocalDate today = LocalDate.now(clock);
        RetentionPreview preview = retention.dryRun(today);
        model.addAttribute("today", DisplayDates.date(today));
        model.addAttribute("due", rows(preview.recordsOf(actor.schoolId())));
        model.addAttribute("processHistory", preview.processHistory());
        return "retention/confirm";
    }

    @PostMapping("/admin/retention/run")
    String run(Actor actor, RedirectAttributes redirect) {
        RetentionRules.requireMayManage(actor);
        RetentionResult result = retention.runFor(actor.schoolId(), LocalDate.now(clock), actor.userId());
        String erased = result.describe(actor.schoolId());
        redirect.addFlashAttribute("notice", "nothing".equals(erased)
            ? "Nothing had expired; nothing was erased."
            : "Erased under the retention schedule: " + erased + "."
                + (result.problems().isEmpty() ? "" : " Some records could not be erased; the log says why."));
        return "redirect:/admin/retention";
    }

    private static List<DueRow> rows(List<ExpiredRecord> records) {
        return records.stream().map(record -> new DueRow(record.kind().label(), record.reference(), record.whatHappens(),
            DisplayDates.date(record.endedOn()), DisplayDates.date(record.erasableFrom()))).toList();
    }

    /** A line of the "what would be erased today" table. */
    public record DueRow(String register, String reference, String whatHappens, String endedOn, String erasableFrom) {
    }
}
