package org.policydesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.policydesk.school.Schools;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** A real deployment: no demo school, every policy group, and one administrator from the environment. */
@SpringBootTest(properties = {
    "policydesk.demo.enabled=false",
    "policydesk.admin.initial-user=firstadmin",
    "policydesk.admin.initial-password=correct-horse-battery"})
@ActiveProfiles("test")
class FirstAdministratorIntegrationTests {

    @Autowired IdentityService identityService;
    @Autowired Schools schools;

    @Test
    void startsEmptyButForTheGroupsAndTheFirstAdministrator() {
        assertThat(schools.all()).isEmpty();
        assertThat(identityService.createUserQuery().list()).extracting("id").containsExactly("firstadmin");
        assertThat(identityService.checkPassword("firstadmin", "correct-horse-battery")).isTrue();
        assertThat(identityService.createGroupQuery().groupMember("firstadmin").list()).extracting("id")
            .containsExactly(Groups.ADMIN);
        assertThat(identityService.createGroupQuery().list()).extracting("id")
            .containsExactlyInAnyOrderElementsOf(Groups.ALL);
    }
}
