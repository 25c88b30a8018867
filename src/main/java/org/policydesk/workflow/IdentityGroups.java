package org.policydesk.workflow;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Makes sure every group the policy names exists in the identity store, demo or not. */
@Component
class IdentityGroups {

    private final IdentityService identityService;

    IdentityGroups(IdentityService identityService) {
        this.identityService = identityService;
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
    }
}
