package org.policydesk.audit;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where the thing being audited came from. In a web request: the client's address as the servlet
 * container reports it ({@code getRemoteAddr()}), which honours X-Forwarded-For only when the
 * server is configured to trust its proxy (server.forward-headers-strategy), so a client cannot
 * write its own origin. Without a request: "command line" when PolicyDesk runs as a batch command
 * (no web server), otherwise "PolicyDesk" (timers, scheduled jobs).
 */
@Component
class AuditOrigin {

    static final String COMMAND_LINE = "command line";
    static final String POLICYDESK = "PolicyDesk";
    private static final int MAX = 64;

    private final boolean webServer;

    AuditOrigin(ApplicationContext context) {
        this.webServer = context instanceof WebApplicationContext;
    }

    String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String address = request.getRemoteAddr();
            if (address != null && !address.isBlank()) {
                return address.length() > MAX ? address.substring(0, MAX) : address;
            }
        }
        return webServer ? POLICYDESK : COMMAND_LINE;
    }
}
