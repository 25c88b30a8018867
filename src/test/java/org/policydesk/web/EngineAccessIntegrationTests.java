package org.policydesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Over real HTTP: health is public, Camunda's REST API and webapps answer the admin group only,
 * and the webapps' "create the first administrator" page cannot be used to make oneself admin.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "policydesk.demo.enabled=true")
@ActiveProfiles("test")
class EngineAccessIntegrationTests {

    @LocalServerPort int port;

    @Test
    void healthIsUpWithoutSigningIn() throws Exception {
        HttpResponse<String> response = get("/actuator/health", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void restApiAnswersOnlyTheAdminGroup() throws Exception {
        assertThat(get("/engine-rest/process-definition", null).statusCode()).isEqualTo(401);
        assertThat(get("/engine-rest/process-definition", "hellis:keston-demo").statusCode()).isEqualTo(403);
        assertThat(get("/engine-rest/process-definition", "sobrien:wrong-password").statusCode()).isEqualTo(401);
        HttpResponse<String> admin = get("/engine-rest/process-definition", "itadmin:keston-demo");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("\"key\":\"official-use\"");
    }

    @Test
    void cockpitLetsInTheAdminGroupOnly() throws Exception {
        assertThat(webappLogin("hellis").statusCode()).isEqualTo(403);
        assertThat(webappLogin("cwhitfield").statusCode()).isEqualTo(403);
        HttpResponse<String> admin = webappLogin("itadmin");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("cockpit");
    }

    @Test
    void firstAdministratorSetupIsClosed() throws Exception {
        WebappSession session = new WebappSession();
        HttpResponse<String> response = session.post("/camunda/api/admin/setup/default/user/create",
            "application/json", "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"N\","
                + "\"email\":\"i@example.org\"},\"credentials\":{\"password\":\"intruder-1\"}}");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(get("/engine-rest/user/intruder/profile", "itadmin:keston-demo").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> webappLogin(String userId) throws Exception {
        WebappSession session = new WebappSession();
        return session.post("/camunda/api/admin/auth/user/default/login/cockpit",
            "application/x-www-form-urlencoded", "username=" + userId + "&password=keston-demo");
    }

    private HttpResponse<String> get(String path, String basicCredentials) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (basicCredentials != null) {
            request.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString(basicCredentials.getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A browser-like session: the webapps hand out a CSRF token that later requests must echo. */
    private final class WebappSession {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

        HttpResponse<String> post(String path, String contentType, String body) throws Exception {
            client.send(HttpRequest.newBuilder(uri("/camunda/app/cockpit/default/")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
            String token = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
                .findFirst().orElseThrow();
            return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .header("X-XSRF-TOKEN", token).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        }
    }
}
