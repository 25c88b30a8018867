package org.policydesk;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.policydesk.audit.AuditEntry;
import org.policydesk.audit.AuditTrail;
import org.policydesk.demo.DemoSchool;
import org.policydesk.people.People;
import org.policydesk.people.Person;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Actors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the web tests: the whole application behind MockMvc with Spring Security's filters, each
 * test starting from the demo school as first loaded and no process running.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class WebTestSupport {

    @Autowired protected MockMvc mvc;
    @Autowired protected RuntimeService runtimeService;
    @Autowired protected TaskService taskService;
    @Autowired protected IdentityService identityService;
    @Autowired protected Actors actors;
    @Autowired protected People people;
    @Autowired protected AuditTrail audit;
    @Autowired protected JdbcClient jdbc;
    @Autowired protected DemoSchool demoSchool;

    @BeforeEach
    void startFromTheDemoSchool() {
        resetToTheDemoSchool(runtimeService, identityService, jdbc, demoSchool);
    }

    @AfterEach
    void putTheClockBack() {
        ClockUtil.reset();
    }

    /** Deletes every process, sign-in and register row, then loads the demo school again. */
    public static void resetToTheDemoSchool(RuntimeService runtimeService, IdentityService identityService,
                                            JdbcClient jdbc, DemoSchool demoSchool) {
        runtimeService.createProcessInstanceQuery().rootProcessInstances().list().forEach(instance ->
            runtimeService.deleteProcessInstance(instance.getId(), "test reset", true, true, true));
        identityService.createUserQuery().list().forEach(user -> identityService.deleteUser(user.getId()));
        List<String> tables = jdbc.sql("""
                select table_name from information_schema.tables
                where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'
                  and table_name not like 'ACT\\_%' escape '\\' and table_name <> 'flyway_schema_history'""")
            .query(String.class).list();
        jdbc.sql("set referential_integrity false").update();
        tables.forEach(table -> jdbc.sql("truncate table " + table + " restart identity").update());
        jdbc.sql("set referential_integrity true").update();
        demoSchool.loadIfMissing();
    }

    protected Actor actor(String userId) {
        return actors.of(userId);
    }

    protected Person person(String userId) {
        return people.findByUserId(userId).orElseThrow();
    }

    /** The one open task of this kind for the record whose id is the process's business key. */
    protected Task openTask(String taskKey, Object businessKey) {
        return taskService.createTaskQuery().taskDefinitionKey(taskKey)
            .processInstanceBusinessKey(String.valueOf(businessKey)).singleResult();
    }

    protected List<String> auditActions(String recordType, Object recordId) {
        return audit.entriesFor(recordType, recordId).stream().map(AuditEntry::action).toList();
    }
}
