package org.policydesk.web;

import static org.springframework.security.config.Customizer.withDefaults;

import jakarta.servlet.http.HttpServletResponse;

import org.policydesk.signin.SignInGuard;
import org.policydesk.workflow.Groups;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who reaches what. Camunda's REST API answers only the admin group (HTTP Basic, checked against
 * the identity store). Cockpit, Tasklist and Admin run their own sign-in; with engine
 * authorization on, only the admin group may enter them, and their first-user setup page is
 * closed so that nobody can make themselves an administrator.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY =
        "default-src 'self'; script-src 'none'; object-src 'none'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain engineRestApi(HttpSecurity http) throws Exception {
        return http.securityMatcher(underPath("/engine-rest/"))
            .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority("GROUP_" + Groups.ADMIN))
            .httpBasic(withDefaults())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(csrf -> csrf.disable())
            .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http, SignInGuard signInGuard) throws Exception {
        return http.securityMatcher(underPath("/camunda/"))
            .addFilterBefore(new CamundaWebappSignInGuard(signInGuard), AuthorizationFilter.class)
            .authorizeHttpRequests(requests -> requests
                .requestMatchers(underPath("/camunda/api/admin/setup/")).denyAll()
                .anyRequest().permitAll())
            // The webapps carry their own CSRF protection and sign-in.
            .csrf(csrf -> csrf.disable())
            .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
            .build();
    }

    /**
     * PolicyDesk's own pages: everything but the sign-in page, health and the stylesheets needs a
     * sign-in; forms carry Spring's CSRF token; signing out is a POST. Pages use no script at all,
     * which the content security policy makes sure of.
     */
    @Bean
    @Order(3)
    SecurityFilterChain application(HttpSecurity http) throws Exception {
        return http
            .authorizeHttpRequests(requests -> requests
                .requestMatchers("/sign-in", "/assets/**", "/govuk/**", "/css/**", "/favicon.ico").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/error").permitAll()
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/sign-in").loginProcessingUrl("/sign-in")
                .failureUrl("/sign-in?error").defaultSuccessUrl("/", false))
            .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out")
                .deleteCookies("JSESSIONID"))
            .sessionManagement(session -> session.invalidSessionUrl("/sign-in?timed-out"))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                // Addresses carry record and task ids; another site a person follows a link to need not see them.
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
            .build();
    }

    /**
     * An address Spring Security's firewall refuses ("..", encoded dots or slashes, a NUL) is
     * answered here, before any filter or page runs: a plain 400 page with the same headers as every
     * other page. No browser sends such an address; the page only says it is not accepted.
     */
    @Bean
    RequestRejectedHandler rejectedAddresses() {
        return (request, response, rejected) -> {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/html;charset=UTF-8");
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Referrer-Policy", "same-origin");
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write("<!doctype html><html lang=\"en\"><head><title>Something was wrong with that "
                + "request</title></head><body><h1>Something was wrong with that request</h1><p>PolicyDesk does not "
                + "accept this web address: it has \"..\", an encoded slash or dot, or another character that could "
                + "reach outside PolicyDesk's pages. Nothing was read or changed.</p><p><a href=\"/\">Go to the home "
                + "page</a></p></body></html>");
        };
    }

    /**
     * Matches by the raw request path: the REST API and the webapps are served by their own
     * servlets, which Spring MVC's path matchers do not see.
     */
    private static RequestMatcher underPath(String prefix) {
        return request -> request.getRequestURI().startsWith(request.getContextPath() + prefix);
    }
}
