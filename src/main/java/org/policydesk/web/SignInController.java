package org.policydesk.web;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. Spring Security checks the form it posts; this only shows it. With the demo
 * school on, it lists every sign-in and the demo password so that a newcomer can try each role
 * (the settings are read by name so that the shell does not depend on the demo module).
 */
@Controller
class SignInController {

    private final IdentityService identityService;
    private final boolean demo;
    private final String demoPassword;

    SignInController(IdentityService identityService, @Value("${policydesk.demo.enabled:false}") boolean demo,
                     @Value("${policydesk.demo.password:keston-demo}") String demoPassword) {
        this.identityService = identityService;
        this.demo = demo;
        this.demoPassword = demoPassword;
    }

    @GetMapping("/sign-in")
    String signIn(@RequestParam(required = false) String error, @RequestParam(name = "signed-out", required = false) String signedOut,
                  @RequestParam(name = "timed-out", required = false) String timedOut, HttpServletRequest request, Model model) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        // Refused for too many failures (throttled or locked, known name or not: the page does not say which).
        HttpSession session = request.getSession(false);
        boolean tooMany = error != null && session != null
            && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LockedException;
        model.addAttribute("problem", error != null && !tooMany);
        model.addAttribute("tooMany", tooMany);
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("timedOut", timedOut != null);
        if (demo) {
            model.addAttribute("demoAccounts", demoAccounts());
            model.addAttribute("demoPassword", demoPassword);
        }
        return "sign-in";
    }

    private List<DemoAccount> demoAccounts() {
        return identityService.createUserQuery().list().stream()
            .map(this::describe)
            .sorted(Comparator.comparing(DemoAccount::userId))
            .toList();
    }

    private DemoAccount describe(User user) {
        String groups = identityService.createGroupQuery().groupMember(user.getId()).list().stream()
            .map(Group::getId).sorted().collect(Collectors.joining(", "));
        return new DemoAccount(user.getId(), user.getFirstName() + " " + user.getLastName(), groups);
    }

    public record DemoAccount(String userId, String name, String groups) {
    }
}
