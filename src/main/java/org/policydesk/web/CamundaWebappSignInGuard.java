package org.policydesk.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.policydesk.signin.SignInGuard;
import org.policydesk.signin.SignInRefusedException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cockpit, Tasklist and Admin sign people in through their own REST call, which checks the password
 * against the identity store without PolicyDesk's sign-in page. This filter puts that call behind the
 * same throttle and lock: a name PolicyDesk refuses is refused here before the password is checked,
 * and every wrong password (the webapps answer 401) counts and is audited like one typed on the
 * sign-in page. Otherwise the webapps' login would be a way round the lock.
 */
class CamundaWebappSignInGuard extends OncePerRequestFilter {

    private static final Pattern LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?");

    private final SignInGuard guard;

    CamundaWebappSignInGuard(SignInGuard guard) {
        this.guard = guard;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
            || !LOGIN.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        String name = request.getParameter("username");
        try {
            guard.requireMayTry(name);
        } catch (SignInRefusedException refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, SignInRefusedException.MESSAGE);
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            guard.failed(name);
        }
    }
}
