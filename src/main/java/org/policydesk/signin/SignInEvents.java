package org.policydesk.signin;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Signing in through the sign-in page and signing out, from Spring Security's events. Only the
 * interactive sign-in is audited: the REST API authenticates every call, and a trail of those
 * would bury everything else (its failures are counted and audited like any other).
 */
@Component
class SignInEvents {

    private final SignInGuard guard;

    SignInEvents(SignInGuard guard) {
        this.guard = guard;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        guard.signedIn(event.getAuthentication().getName());
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        guard.signedOut(event.getAuthentication().getName());
    }
}
