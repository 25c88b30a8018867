package org.policydesk.workflow;

import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Lets go of the parsed XML of the engine's database mappings once the engine is built. MyBatis keeps
 * every {@code <sql>} fragment as a node of its mapping file's DOM, which holds the whole DOM of each
 * file, and needs them only while it builds statements: without them the heap after start-up is 73 MB
 * instead of 92. A smaller resident heap leaves more of a 256 MB heap for documents and keeps G1 from
 * marking continuously while a register or a mail merge runs (docs/performance.md). It runs after
 * every other plugin, and keeps the fragments if any statement is still waiting to be built.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class MappingFragmentsRelease extends AbstractProcessEnginePlugin {

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        ProcessEngineConfigurationImpl engine =
            (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        Configuration mappings = engine.getSqlSessionFactory().getConfiguration();
        mappings.getMappedStatementNames(); // builds any statement still pending (MyBatis does so lazily)
        if (mappings.getIncompleteStatements().isEmpty() && mappings.getIncompleteResultMaps().isEmpty()
                && mappings.getIncompleteCacheRefs().isEmpty() && mappings.getIncompleteMethods().isEmpty()) {
            mappings.getSqlFragments().clear();
        }
    }
}
