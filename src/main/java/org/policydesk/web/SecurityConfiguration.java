package org.policydesk.web;

import static org.springframework.security.config.Customizer.withDefaults;

import org.policydesk.workflow.Groups;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
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
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        return http.securityMatcher(underPath("/camunda/"))
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
            .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                "default-src 'self'; script-src 'none'; object-src 'none'; form-action 'self'; frame-ancestors 'none'")))
            .build();
    }

    /**
     * Matches by the raw request path: the REST API and the webapps are served by their own
     * servlets, which Spring MVC's path matchers do not see.
     */
    private static RequestMatcher underPath(String prefix) {
        return request -> request.getRequestURI().startsWith(request.getContextPath() + prefix);
    }
}
