package org.policydesk.workflow;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes sure every group the policy names exists in the identity store, demo or not, and that the
 * admin group holds every permission (the webapps let in only groups granted APPLICATION access).
 */
@Component
class IdentityGroups {

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;

    IdentityGroups(IdentityService identityService, AuthorizationService authorizationService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void ensureGroups(ApplicationReadyEvent event) {
        for (String id : Groups.ALL) {
            if (identityService.createGroupQuery().groupId(id).count() == 0) {
                Group group = identityService.newGroup(id);
                group.setName(id.substring(0, 1).toUpperCase() + id.substring(1).replace('-', ' '));
                group.setType("POLICYDESK");
                identityService.saveGroup(group);
            }
        }
        for (Resources resource : Resources.values()) {
            boolean granted = authorizationService.createAuthorizationQuery().groupIdIn(Groups.ADMIN)
                .resourceType(resource).resourceId(Authorization.ANY).count() > 0;
            if (!granted) {
                Authorization all = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                all.setGroupId(Groups.ADMIN);
                all.setResource(resource);
                all.setResourceId(Authorization.ANY);
                all.addPermission(Permissions.ALL);
                authorizationService.saveAuthorization(all);
            }
        }
    }
}
