package org.policydesk.admin;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policydesk.audit.AuditTrail;
import org.policydesk.school.School;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Deadline;
import org.policydesk.web.DateFields;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The school profile, its letterhead logo and its deadlines. */
@Controller
class SchoolAdminController {

    private final SchoolAdministration administration;
    private final AdminPages pages;
    private final AuditTrail audit;

    SchoolAdminController(SchoolAdministration administration, AdminPages pages, AuditTrail audit) {
        this.administration = administration;
        this.pages = pages;
        this.audit = audit;
    }

    @GetMapping("/admin/school")
    String profile(Actor actor, Model model) {
        School school = administration.profile(actor);
        model.addAttribute("school", school);
        model.addAttribute("hasLogo", administration.logo(actor).isPresent());
        model.addAttribute("timeline", pages.timeline(audit.entriesFor(SchoolAdministration.RECORD_TYPE, school.id())));
        if (((Map<?, ?>) model.getAttribute("formValues")).isEmpty()) {
            model.addAttribute("formValues", Map.of("name", school.name(), "address", school.address(),
                "policyAgreed", school.policyAgreed(),
                "reviewDay", String.valueOf(school.policyReviewDate().getDayOfMonth()),
                "reviewMonth", String.valueOf(school.policyReviewDate().getMonthValue()),
                "reviewYear", String.valueOf(school.policyReviewDate().getYear())));
        }
        return "admin/school";
    }

    @PostMapping("/admin/school")
    String updateProfile(Actor actor, @RequestParam(required = false) String name,
                         @RequestParam(required = false) String address,
                         @RequestParam(required = false) String policyAgreed,
                         @RequestParam(required = false) String reviewDay, @RequestParam(required = false) String reviewMonth,
                         @RequestParam(required = false) String reviewYear, RedirectAttributes redirect) {
        AdminRules.requireAdministrator(actor);
        administration.updateProfile(actor, name, address, policyAgreed,
            DateFields.parse(reviewDay, reviewMonth, reviewYear, "the policy's review date"));
        redirect.addFlashAttribute("notice", "The school profile is saved. New letters use it from now on.");
        return "redirect:/admin/school";
    }

    @GetMapping("/admin/school/logo")
    String logoForm(Actor actor, Model model) {
        model.addAttribute("hasLogo", administration.logo(actor).isPresent());
        return "admin/logo";
    }

    @PostMapping("/admin/school/logo")
    String uploadLogo(Actor actor, @RequestParam(required = false) MultipartFile logo, RedirectAttributes redirect)
            throws IOException {
        AdminRules.requireAdministrator(actor);
        administration.replaceLogo(actor, logo == null ? null : logo.getBytes());
        redirect.addFlashAttribute("notice", "The new logo is saved. New letters and notices carry it.");
        return "redirect:/admin/school/logo";
    }

    @GetMapping("/admin/school/logo.png")
    ResponseEntity<byte[]> logo(Actor actor) {
        return administration.logo(actor)
            .map(png -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore()).body(png))
            .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/admin/deadlines")
    String deadlines(Actor actor, Model model) {
        Map<Deadline, Integer> own = administration.ownDeadlines(actor);
        model.addAttribute("deadlines", List.of(Deadline.values()).stream()
            .map(deadline -> new DeadlineRow(deadline.key(), deadline.label(), administration.defaultDays(deadline)))
            .toList());
        if (((Map<?, ?>) model.getAttribute("formValues")).isEmpty()) {
            Map<String, String> typed = new LinkedHashMap<>();
            own.forEach((deadline, days) -> typed.put(deadline.key(), days == null ? "" : String.valueOf(days)));
            model.addAttribute("formValues", typed);
        }
        return "admin/deadlines";
    }

    @PostMapping("/admin/deadlines")
    String setDeadlines(Actor actor, @RequestParam Map<String, String> typed, RedirectAttributes redirect) {
        Map<Deadline, String> byDeadline = new LinkedHashMap<>();
        for (Deadline deadline : Deadline.values()) {
            byDeadline.put(deadline, typed.get(deadline.key()));
        }
        administration.setDeadlines(actor, byDeadline);
        redirect.addFlashAttribute("notice", "The deadlines are saved. Steps that start from now on use them; "
            + "steps already waiting keep their due dates.");
        return "redirect:/admin/deadlines";
    }

    /** A deadline as the form shows it: its field name, what it governs and the usual number of days. */
    public record DeadlineRow(String key, String label, int defaultDays) {
    }
}
