package org.policydesk.notifications;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.policydesk.web.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's own profile: who PolicyDesk knows them as, and how they want to hear about their
 * tasks. Everyone signed in has one and changes only their own (the sign-in decides whose).
 */
@Controller
class ProfileController {

    private final IdentityService identityService;
    private final NotificationPreferences preferences;
    private final NotificationMails mails;

    ProfileController(IdentityService identityService, NotificationPreferences preferences, NotificationMails mails) {
        this.identityService = identityService;
        this.preferences = preferences;
        this.mails = mails;
    }

    @GetMapping("/profile")
    String profile(Principal signedIn, Model model) {
        User user = identityService.createUserQuery().userId(signedIn.getName()).singleResult();
        model.addAttribute("userId", signedIn.getName());
        model.addAttribute("name", user == null ? signedIn.getName() : (user.getFirstName() + " " + user.getLastName()).strip());
        model.addAttribute("email", user == null || user.getEmail() == null ? "" : user.getEmail());
        model.addAttribute("groups", identityService.createGroupQuery().groupMember(signedIn.getName()).orderByGroupId()
            .asc().list().stream().map(Group::getName).toList());
        model.addAttribute("modes", List.of(NotificationMode.values()));
        model.addAttribute("mailOn", mails.enabled());
        if (((Map<?, ?>) model.getAttribute("formValues")).isEmpty()) {
            model.addAttribute("formValues", Map.of("mode", preferences.modeOf(signedIn.getName()).name()));
        }
        return "profile/index";
    }

    @PostMapping("/profile")
    String choose(Principal signedIn, @RequestParam(required = false) String mode, RedirectAttributes redirect) {
        NotificationMode chosen = parse(mode);
        preferences.choose(signedIn.getName(), chosen);
        redirect.addFlashAttribute("notice", switch (chosen) {
            case EACH -> "You will get an email for each new or overdue task.";
            case DIGEST -> "You will get one email a day listing your new and overdue tasks.";
            case OFF -> "PolicyDesk will not email you about tasks. Your task list still shows them.";
        });
        return "redirect:/profile";
    }

    private static NotificationMode parse(String mode) {
        try {
            return NotificationMode.valueOf(mode == null ? "" : mode);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("Choose how PolicyDesk should email you about tasks.");
        }
    }

    @Bean
    static NavigationLink yourProfile() {
        return new NavigationLink(90, "Your profile", "/profile", actor -> true);
    }
}
