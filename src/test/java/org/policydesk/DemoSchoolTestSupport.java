package org.policydesk;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.policydesk.demo.DemoSchool;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on an in-memory database with the demo school freshly loaded before each
 * test, documents written under target/test-output. Shared by the documents and reports
 * integration tests (same configuration, so one Spring context).
 */
@SpringBootTest(properties = "policydesk.documents.output-dir=target/test-output/documents")
@ActiveProfiles("test")
public abstract class DemoSchoolTestSupport {

    @Autowired protected JdbcClient jdbc;
    @Autowired protected DemoSchool demoSchool;
    @Autowired protected RuntimeService runtimeService;
    @Autowired protected IdentityService identityService;

    @BeforeEach
    void startFromTheDemoSchool() {
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

    protected long personId(String userId) {
        return jdbc.sql("select id from people_person where user_id = ?").param(userId).query(Long.class).single();
    }
}
