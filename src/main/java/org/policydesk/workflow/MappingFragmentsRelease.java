package org.policydesk.workflow;

import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Lets go of the parsed XML of the engine's database mappings once its statements are built. MyBatis
 * keeps every {@code <sql>} fragment as a node of its mapping file's DOM, which holds the whole DOM
 * of each file: about 28 MB of the application's ~92 MB of heap after start-up, and needed only
 * while statements are being built. A smaller resident heap leaves more of a 256 MB heap for
 * documents and keeps G1 from marking continuously while a register or a mail merge runs
 * (docs/performance.md). The fragments are kept if any statement is still waiting to be built.
 */
@Component
class MappingFragmentsRelease extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl engine) {
        Configuration mappings = engine.getSqlSessionFactory().getConfiguration();
        mappings.getMappedStatementNames(); // builds any statement still pending (MyBatis does so lazily)
        if (mappings.getIncompleteStatements().isEmpty() && mappings.getIncompleteResultMaps().isEmpty()
                && mappings.getIncompleteCacheRefs().isEmpty() && mappings.getIncompleteMethods().isEmpty()) {
            mappings.getSqlFragments().clear();
        }
    }
}
