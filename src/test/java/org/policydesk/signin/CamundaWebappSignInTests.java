package org.policydesk.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policydesk.WebTestSupport;
import org.policydesk.demo.DemoSchool;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Cockpit's own sign-in (a REST call of the Camunda webapps, on a real Tomcat) counts towards the
 * same throttle and lock as PolicyDesk's sign-in page, so it is no way round them: wrong passwords
 * there are counted and audited, and once the name is throttled even the right password is refused
 * before it is checked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CamundaWebappSignInTests {

    @LocalServerPort int port;
    @Autowired RuntimeService runtimeService;
    @Autowired IdentityService identityService;
    @Autowired JdbcClient jdbc;
    @Autowired DemoSchool demoSchool;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void startFromTheDemoSchool() {
        WebTestSupport.resetToTheDemoSchool(runtimeService, identityService, jdbc, demoSchool);
        jdbc.sql("delete from sign_in_attempt").update();
    }

    @Test
    void wrongPasswordsAtCockpitsSignInCountAndThenEvenTheRightOneIsRefused() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(cockpitLogin("itadmin", "not-the-password").statusCode()).as("try " + attempt).isEqualTo(401);
        }

        assertThat(cockpitLogin("itadmin", "keston-demo").statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'sign-in-failed' and record_id = 'itadmin'")
            .query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void theRightPasswordStillOpensCockpitForAnAdministrator() throws Exception {
        assertThat(cockpitLogin("itadmin", "keston-demo").statusCode()).isEqualTo(200);
    }

    /** Cockpit's login call as its page makes it: with the XSRF cookie and header it handed out first. */
    private HttpResponse<String> cockpitLogin(String userId, String password) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/camunda/app/cockpit/default/")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        List<String> cookies = page.headers().allValues("Set-Cookie").stream().map(cookie -> cookie.split(";", 2)[0])
            .toList();
        String xsrf = cookies.stream().filter(cookie -> cookie.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow()
            .substring("XSRF-TOKEN=".length());
        return http.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/cockpit"))
                .header("Cookie", cookies.stream().collect(Collectors.joining("; ")))
                .header("X-XSRF-TOKEN", xsrf)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + userId + "&password=" + password)).build(),
            HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
