package org.policydesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The engine lets go of its mapping files' XML once started, and its queries still run. */
@SpringBootTest
@ActiveProfiles("test")
class MappingFragmentsReleaseTests {

    @Autowired ProcessEngine engine;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;

    @Test
    void theParsedMappingXmlIsGoneAndQueriesBuiltFromItStillRun() {
        var mappings = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
            .getSqlSessionFactory().getConfiguration();
        assertThat(mappings.getSqlFragments()).isEmpty();
        assertThat(mappings.getMappedStatementNames()).hasSizeGreaterThan(500);

        // Both queries are put together from shared <sql> fragments of the mappings.
        assertThat(tasks.createTaskQuery().or().taskCandidateGroup("office").taskAssignee("nobody").endOr()
            .orderByDueDate().asc().listPage(0, 10)).isNotNull();
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("official-use")
            .orderByProcessInstanceStartTime().desc().count()).isNotNegative();
    }
}
