package org.policydesk;


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
        WebTestSupport.resetToTheDemoSchool(runtimeService, identityService, jdbc, demoSchool);
    }

    protected long personId(String userId) {
        return jdbc.sql("select id from people_person where user_id = ?").param(userId).query(Long.class).single();
    }
}
