package org.policydesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.policydesk.WebTestSupport;
import org.policydesk.demo.DemoSchool;
import org.policydesk.documents.PdfText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Comment escalation in real Chromium (Debian's chromium and chromedriver, headless), as people
 * do it: a teacher reports a parent's defamatory post with a screenshot, the deputy head triages
 * it and records the report to the platform, the removal-request letter is filed and downloads as
 * a PDF, the clerk follows the removal check's due date without seeing any name, the deputy head
 * records the removal and closes the incident, and the register shows it closed. Screenshots go
 * to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "policydesk.demo.enabled=true")
@ActiveProfiles("test")
class EscalationBrowserTests {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path UPLOADS = Path.of("target", "test-uploads");
    private static final String POST = "Mrs Jones at Keston steals from the school fund and lies to parents. Don't trust her!";

    private static WebDriver browser;

    @LocalServerPort int port;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired JdbcClient jdbc;
    @Autowired DemoSchool demoSchool;
    @Autowired IncidentService incidents;

    @BeforeAll
    static void startChromium() throws IOException {
        assertThat(CHROMEDRIVER).as("chromedriver (apt-get install chromium chromium-driver)").isExecutable();
        // Never let Selenium Manager look for a driver or browser on the network.
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--hide-scrollbars", "--window-size=1200,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
        Files.createDirectories(UPLOADS);
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void startFromTheDemoSchool() {
        WebTestSupport.resetToTheDemoSchool(runtimeService, identityService, jdbc, demoSchool);
        browser.manage().deleteAllCookies();
    }

    @Test
    void aParentsDefamatoryPostIsReportedTriagedReportedToThePlatformFollowedUpAndClosedAsRemoved() throws Exception {
        Path screenshotOfThePost = UPLOADS.resolve("facebook-post.png").toAbsolutePath();
        drawThePost(screenshotOfThePost);
        LocalDate yesterday = LocalDate.now().minusDays(1);

        signIn("sjones");
        follow(link("Report a comment"));
        type("platform", "Facebook");
        type("link", "https://www.facebook.com/groups/kestonparents/posts/4471");
        type("postedDay", String.valueOf(yesterday.getDayOfMonth()));
        type("postedMonth", String.valueOf(yesterday.getMonthValue()));
        type("postedYear", String.valueOf(yesterday.getYear()));
        type("postedTime", "7:45pm");
        type("posterDescription", "Emma B (Amelia's mum), in the Keston Parents group");
        new Select(browser.findElement(By.id("posterPersonId"))).selectByVisibleText("Emma Brown");
        type("content", POST);
        browser.findElement(By.id("screenshot")).sendKeys(screenshotOfThePost.toString());
        screenshot("escalation-report");
        follow(button("Send the report"));
        assertThat(heading()).isEqualTo("INC-0001: comment on Facebook Open");
        assertThat(text()).contains("Your report is INC-0001").contains("Triage the reported comment")
            .doesNotContain(POST);
        signOut();

        signIn("dmensah");
        assertThat(text()).contains("INC-0001, comment on Facebook").contains("Recent incidents").contains("Emma Brown");
        screenshot("escalation-home-leadership");
        follow(link("Triage the reported comment"));
        assertThat(text()).contains(POST).contains("Emma Brown (parent or carer of Amelia Brown, from the people register)");
        assertThat(browser.findElement(By.cssSelector("input[name='whoPosted'][value='PARENT']")).isSelected()).isTrue();
        browser.findElement(By.cssSelector("label[for='whatItIs-3']")).click();
        screenshot("escalation-triage");
        follow(button("Record the triage"));
        assertThat(text()).contains("The report is triaged: defamatory or libellous, posted by a parent or carer.")
            .contains("Removal: report to the platform");
        follow(link("Report the comment to the platform's report-abuse service"));
        type("reportReference", "FB-REPORT-5521");
        follow(button("Record the report"));
        assertThat(text()).contains("Your report to the platform is recorded.")
            .contains("Letter asking for the comment to be removed")
            .contains("Waiting for the comment to be taken down").contains("(in 3 days)");
        screenshot("escalation-incident-waiting");
        byte[] letter = download(link("Letter asking for the comment to be removed").getAttribute("href"), "application/pdf");
        assertThat(PdfText.text(letter)).contains("Emma Brown");
        byte[] evidence = download(browser.findElement(By.partialLinkText("Download the screenshot")).getAttribute("href"), "image/png");
        assertThat(evidence).isEqualTo(Files.readAllBytes(screenshotOfThePost));
        signOut();

        fireTheRemovalFollowUp(1);

        signIn("ppatel");
        follow(link("Incidents"));
        follow(link("INC-0001"));
        WebElement check = browser.findElement(By.xpath("//tr[th[normalize-space()='Check whether the comment was removed']]"));
        assertThat(check.getText()).contains("Waiting for the leadership team to take it").contains("due in 5 days");
        assertThat(text()).doesNotContain("Emma Brown").doesNotContain(POST).contains("FB-REPORT-5521")
            .contains("Filed the letter asking for the comment to be removed");
        assertThat(browser.findElements(By.linkText("Check whether the comment was removed"))).isEmpty();
        screenshot("escalation-incident-clerk");
        signOut();

        signIn("dmensah");
        follow(link("Check whether the comment was removed"));
        browser.findElement(By.cssSelector("label[for='removed']")).click();
        browser.findElement(By.cssSelector("label[for='stillSerious']")).click();
        type("note", "Looked at the Keston Parents group this morning: the post has gone.");
        follow(button("Record the check"));
        assertThat(text()).contains("Recorded: the comment has been removed.");
        follow(link("Close the incident with its outcome"));
        browser.findElement(By.cssSelector("label[for='outcome']")).click();
        type("note", "Removed after the platform report and our letter; no further action needed.");
        follow(button("Close the incident"));
        assertThat(text()).contains("The incident is closed. Outcome: removed.").contains("Outcome: Removed");
        screenshot("escalation-incident-closed");
        follow(link("Incidents"));
        WebElement row = browser.findElement(By.xpath("//tr[th/a[text()='INC-0001']]"));
        assertThat(row.getText()).contains("Closed").contains("Removed").contains("Defamatory or libellous");
        screenshot("escalation-register");
        assertThat(incidents.get(1).outcome()).isEqualTo(IncidentOutcome.REMOVED);
        assertFitsAPhone("escalation-register-320", "/incidents");
        assertFitsAPhone("escalation-incident-320", "/incidents/1");
    }

    /** The servlet container refuses a file over 10 MB while reading the request; the person sees why. */
    @Test
    void aScreenshotOverTenMegabytesIsRefusedWithAPlainMessage() throws Exception {
        Path tooLarge = UPLOADS.resolve("huge-screenshot.png").toAbsolutePath();
        byte[] content = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 12 * 1024 * 1024);
        Files.write(tooLarge, content);

        signIn("sjones");
        follow(link("Report a comment"));
        type("platform", "Facebook");
        type("content", POST);
        browser.findElement(By.id("screenshot")).sendKeys(tooLarge.toString());
        follow(button("Send the report"));

        assertThat(browser.getCurrentUrl()).endsWith("/incidents/report");
        assertThat(text()).contains("There is a problem")
            .contains("The file you chose is larger than 10 MB, the most PolicyDesk accepts.");
        assertThat(incidents.register(DemoSchool.SCHOOL_ID)).isEmpty();
    }

    private void fireTheRemovalFollowUp(long incidentId) {
        String instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(EscalationProcess.KEY)
            .processInstanceBusinessKey(String.valueOf(incidentId)).singleResult().getId();
        Job timer = managementService.createJobQuery().processInstanceId(instance)
            .activityId(EscalationProcess.TIMER_REMOVAL_FOLLOW_UP).timers().singleResult();
        managementService.executeJob(timer.getId());
    }

    /** Fetches a download link with the browser's own sign-in, as a click would, and checks what it is. */
    private byte[] download(String url, String contentType) throws Exception {
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
            .header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(contentType);
        assertThat(response.headers().firstValue("Content-Disposition")).get().asString().startsWith("attachment; filename=");
        return response.body();
    }

    private static void drawThePost(Path file) throws IOException {
        BufferedImage image = new BufferedImage(640, 220, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 640, 220);
        g.setColor(new Color(24, 119, 242));
        g.fillRect(0, 0, 640, 40);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString("Emma B  >  Keston Parents", 20, 80);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        g.drawString(POST.substring(0, 60), 20, 120);
        g.drawString(POST.substring(60), 20, 145);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private void signIn(String userId) {
        open("/sign-in");
        browser.findElement(By.id("username")).sendKeys(userId);
        browser.findElement(By.id("password")).sendKeys("keston-demo");
        follow(button("Sign in"));
    }

    private void signOut() {
        follow(button("Sign out"));
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }

    /** Clicks something that loads another page and waits until that page is there. */
    private void follow(WebElement element) {
        WebElement page = browser.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
        new WebDriverWait(browser, Duration.ofSeconds(15))
            .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("footer")));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private WebElement link(String text) {
        return browser.findElement(By.linkText(text));
    }

    private WebElement button(String text) {
        return browser.findElement(By.xpath("//button[normalize-space()='" + text + "']"));
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText().replace('\n', ' ');
    }

    private String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** At 320 CSS pixels wide nothing makes the page scroll sideways. */
    private void assertFitsAPhone(String name, String path) throws IOException {
        Dimension desktop = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(320, 800));
            open(path);
            JavascriptExecutor js = (JavascriptExecutor) browser;
            long viewport = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
            long content = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
            assertThat(viewport).isLessThanOrEqualTo(320);
            assertThat(content).as("page width at %d px", viewport).isLessThanOrEqualTo(viewport);
            screenshot(name);
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    /** The whole page, not just the window: the window grows to the page's height for the shot. */
    private void screenshot(String name) throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        Dimension before = browser.manage().window().getSize();
        long height = ((Number) js.executeScript(
            "return Math.ceil(document.querySelector('footer').getBoundingClientRect().bottom + window.scrollY)"
                + " + (window.outerHeight - window.innerHeight)")).longValue();
        browser.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(Math.max(height, 400), 3000)));
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        browser.manage().window().setSize(before);
    }
}
