package org.policydesk.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Actors;
import org.policydesk.workflow.NotEntitledException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: who is signed in, the navigation their groups open, and empty
 * form errors. A form re-shown after a refusal already has real errors from its flash
 * attributes, which these defaults leave alone.
 */
@ControllerAdvice
class Layout {

    private final IdentityService identityService;
    private final Actors actors;
    private final List<NavigationLink> featureLinks;

    Layout(IdentityService identityService, Actors actors, ObjectProvider<NavigationLink> featureLinks) {
        this.identityService = identityService;
        this.actors = actors;
        this.featureLinks = featureLinks.orderedStream().toList();
    }

    @ModelAttribute
    void addLayout(Model model, HttpServletRequest request) {
        addTo(model.asMap(), request);
    }

    /** Also called for pages made outside a controller method, such as the refusal pages. */
    void addTo(Map<String, Object> model, HttpServletRequest request) {
        String userId = signedInUserId();
        model.putIfAbsent("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
        model.putIfAbsent("navigation", navigationFor(userId));
        model.putIfAbsent("formErrors", List.of());
        model.putIfAbsent("fieldErrors", Map.of());
        model.putIfAbsent("formValues", Map.of());
        if (userId != null) {
            model.putIfAbsent("signedInName", nameOf(userId));
        }
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            model.putIfAbsent("csrf", token);
        }
    }

    private String nameOf(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : (user.getFirstName() + " " + user.getLastName()).trim();
    }

    private List<NavigationLink> navigationFor(String userId) {
        if (userId == null) {
            return List.of();
        }
        List<NavigationLink> links = new ArrayList<>(List.of(
            new NavigationLink(0, "Home", "/", actor -> true),
            new NavigationLink(1, "Tasks", "/tasks", actor -> true)));
        try {
            Actor actor = actors.of(userId);
            featureLinks.stream().filter(link -> link.shownTo().test(actor)).forEach(links::add);
        } catch (NotEntitledException notInASchool) {
            // A sign-in with nobody behind it in the people register (a bare administrator) sees home only.
        }
        links.sort(Comparator.comparingInt(NavigationLink::order));
        return links;
    }

    private static String signedInUserId() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return signedIn.getName();
    }
}
