package org.policydesk.workflow;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Members of PolicyDesk's {@code admin} group are the engine's administrators: with authorization
 * on, they alone may sign in to Cockpit, Tasklist and Admin, and call the REST API.
 */
@Component
class AdminGroupPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<String> adminGroups = new ArrayList<>(List.of(org.policydesk.workflow.Groups.ADMIN, Groups.CAMUNDA_ADMIN));
        configuration.setAdminGroups(adminGroups);
    }
}
