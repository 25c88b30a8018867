package org.policydesk.workflow;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A real deployment starts with nobody in it. Its first administrator comes from the environment
 * ({@code POLICYDESK_ADMIN_INITIAL_USER} and {@code POLICYDESK_ADMIN_INITIAL_PASSWORD}), created
 * only while the admin group is empty, so the setting is harmless once an administrator exists.
 */
@Component
class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final IdentityService identityService;
    private final String userId;
    private final String password;

    FirstAdministrator(IdentityService identityService,
                       @Value("${policydesk.admin.initial-user:}") String userId,
                       @Value("${policydesk.admin.initial-password:}") String password) {
        this.identityService = identityService;
        this.userId = userId;
        this.password = password;
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    void createWhileNoAdministratorExists(ApplicationReadyEvent event) {
        if (userId.isBlank() || identityService.createUserQuery().memberOfGroup(Groups.ADMIN).count() > 0) {
            return;
        }
        if (password.length() < 12) {
            log.warn("No administrator created: policydesk.admin.initial-password must have at least 12 characters.");
            return;
        }
        User user = identityService.newUser(userId);
        user.setFirstName("PolicyDesk");
        user.setLastName("Administrator");
        user.setPassword(password);
        identityService.saveUser(user);
        identityService.createMembership(userId, Groups.ADMIN);
        log.info("Created the first administrator '{}'. Sign in to /camunda/app/admin to add people.", userId);
    }
}
