package org.policydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policydesk.WebTestSupport;
import org.policydesk.demo.DemoSchool;
import org.policydesk.documents.OutputStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The headers and cookies a browser gets, from a real Tomcat (MockMvc skips Tomcat, its error
 * dispatch and its proxy valve): every page, error page, download and stylesheet forbids framing,
 * sniffing and leaking the address; the session cookie is HttpOnly and SameSite, and Secure when a
 * TLS-ending proxy says the request came over HTTPS. Download paths that climb out of the output
 * folder, plainly or encoded, are refused before any file is read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityHeaderTests {

    @LocalServerPort int port;
    @Autowired RuntimeService runtimeService;
    @Autowired IdentityService identityService;
    @Autowired JdbcClient jdbc;
    @Autowired DemoSchool demoSchool;
    @Autowired OutputStore output;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void startFromTheDemoSchool() {
        WebTestSupport.resetToTheDemoSchool(runtimeService, identityService, jdbc, demoSchool);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sign-in", "/sign-in?error", "/no-such-page", "/css/policydesk.css", "/error", "/tasks"})
    void everyPageSignedOutCarriesTheSecurityHeaders(String path) throws Exception {
        assertSecurityHeaders(send(get(path)));
    }

    @Test
    void pagesErrorPagesAndDownloadsSignedInCarryTheSecurityHeaders() throws Exception {
        String session = signIn("hellis");
        for (String path : List.of("/", "/tasks", "/incidents", "/no-such-page", "/incidents/999",
                "/registers/handovers.xlsx", "/registers/handovers.pdf", "/registers/nope.xlsx", "/css/policydesk.css")) {
            HttpResponse<String> response = send(get(path).header("Cookie", session));
            assertThat(response.statusCode()).as(path).isIn(200, 404);
            assertSecurityHeaders(response);
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteButNotSecureOverPlainHttp() throws Exception {
        String cookie = sessionCookieOf(send(get("/sign-in"))).orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
            .doesNotContainIgnoringCase("Secure");
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecure() throws Exception {
        HttpResponse<String> response = send(get("/sign-in").header("X-Forwarded-Proto", "https"));
        String cookie = sessionCookieOf(response).orElseThrow();
        assertThat(cookie).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly")
            .containsIgnoringCase("SameSite=Lax");
    }

    /**
     * Cockpit, Tasklist and Admin share the session cookie (HttpOnly, SameSite once, Secure behind
     * TLS); their CSRF cookie must be readable by their own script, so it is SameSite but not HttpOnly,
     * and Camunda sends it without Secure (its enable-secure-cookie is off so that plain-HTTP
     * installations keep working).
     */
    @Test
    void theCamundaWebappsShareTheSessionCookieAndKeepTheirCsrfCookieSameSite() throws Exception {
        HttpResponse<String> plain = send(get("/camunda/app/welcome/default/"));
        assertThat(sessionCookieOf(plain)).hasValueSatisfying(cookie -> {
            assertThat(cookie).containsIgnoringCase("HttpOnly").doesNotContainIgnoringCase("Secure");
            assertThat(cookie.split("(?i)SameSite=Lax", -1)).hasSize(2);
        });
        assertThat(plain.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
            assertThat(cookie).startsWith("XSRF-TOKEN=").contains("Path=/camunda", "SameSite=Lax"));
        assertThat(plain.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
            assertThat(csp).contains("frame-ancestors 'none'"));
        assertThat(plain.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

        HttpResponse<String> overTls = send(get("/camunda/app/welcome/default/").header("X-Forwarded-Proto", "https"));
        assertThat(sessionCookieOf(overTls)).hasValueSatisfying(cookie -> assertThat(cookie).contains("Secure", "HttpOnly"));
        assertThat(overTls.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    /**
     * Tomcat itself refuses a file over the 10 MB multipart limit while reading the request; the
     * person gets the form again saying so, with every header, and nothing is stored.
     */
    @Test
    void anUploadOverTheServersLimitGetsTheFormAgainSayingSoAndStoresNothing() throws Exception {
        String session = signIn("sjones");
        String form = send(get("/incidents/report").header("Cookie", session)).body();
        Matcher action = Pattern.compile("action=\"(/incidents/report\\?_csrf=[^\"]+)\"").matcher(form);
        assertThat(action.find()).isTrue();
        String boundary = "----policydesk" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"platform\"\r\n\r\nFacebook\r\n"
            + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"content\"\r\n\r\nA post\r\n"
            + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"screenshot\"; filename=\"../../big.png\"\r\n"
            + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 12 * 1024 * 1024 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        body[head.length] = (byte) 0x89;
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);

        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri(action.group(1).replace("&amp;", "&")))
            .header("Cookie", session).header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/incidents/report"));
        assertSecurityHeaders(refused);
        HttpResponse<String> again = send(get("/incidents/report").header("Cookie", session));
        assertThat(again.body()).contains("The file you chose is larger than 10 MB, the most PolicyDesk accepts");
        assertThat(jdbc.sql("select count(*) from escalation_incident").query(Long.class).single()).isZero();
        assertThat(Snapshot.files(output.root())).noneMatch(file -> file.startsWith("incidents/"));
    }

    /** Spring Security's firewall refuses these: a plain-English 400 with every security header. */
    @ParameterizedTest
    @ValueSource(strings = {"/incidents/1/documents/../../../data/policydesk.mv.db",
        "/incidents/1/documents/%2e%2e/%2e%2e/etc/passwd", "/handovers/1/documents/./1", "/registers/..;/handovers.xlsx"})
    void downloadPathsThatClimbOutAreRefusedInPlainEnglishAndReadNothing(String path) throws Exception {
        HttpResponse<String> response = requestSignedIn(path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(response.body()).contains("PolicyDesk does not accept this web address", "Nothing was read or changed");
        assertThat(response.body()).doesNotContain("CANARY", "spring.datasource", "root:x:0:0");
        assertSecurityHeaders(response);
    }

    /**
     * Tomcat refuses these before PolicyDesk sees them (encoded slash or backslash, NUL, ".." above
     * the root): a bare 400 that carries nothing from the server.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/incidents/1/documents/%2e%2e%2f%2e%2e%2fdata%2fpolicydesk.mv.db",
        "/incidents/1/documents/..%2f..%2f..%2fetc%2fpasswd", "/incidents/1/documents/..%5c..%5cetc%5cpasswd",
        "/handovers/1/documents/1%00.pdf", "/css/..%2f..%2fapplication.properties", "/govuk/../../application.properties",
        "/assets/%2e%2e/%2e%2e/application.properties"})
    void malformedAddressesAreRefusedByTomcatAndReadNothing(String path) throws Exception {
        HttpResponse<String> response = requestSignedIn(path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(response.body()).doesNotContain("CANARY", "spring.datasource", "root:x:0:0", "Exception", "Tomcat/");
    }

    private HttpResponse<String> requestSignedIn(String path) throws Exception {
        Files.createDirectories(output.root());
        Files.writeString(output.root().resolve("canary.txt"), "CANARY-SHOULD-NOT-LEAK");
        String session = signIn("hellis");
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Cookie", session).GET());
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        var headers = response.headers();
        String where = response.request().uri() + " (" + response.statusCode() + ")";
        assertThat(headers.firstValue("Content-Security-Policy")).as(where).hasValueSatisfying(csp ->
            assertThat(csp).contains("frame-ancestors 'none'", "script-src 'none'", "object-src 'none'"));
        assertThat(headers.firstValue("X-Content-Type-Options")).as(where).contains("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).as(where).contains("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).as(where).contains("same-origin");
    }

    private String signIn(String userId) throws Exception {
        HttpResponse<String> form = send(get("/sign-in"));
        String session = cookiePair(sessionCookieOf(form).orElseThrow());
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(token.find()).isTrue();
        String body = "username=" + userId + "&password=keston-demo&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/sign-in")).header("Cookie", session)
            .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        return sessionCookieOf(signedIn).map(SecurityHeaderTests::cookiePair).orElse(session);
    }

    private static Optional<String> sessionCookieOf(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst();
    }

    private static String cookiePair(String setCookie) {
        return setCookie.split(";", 2)[0];
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
