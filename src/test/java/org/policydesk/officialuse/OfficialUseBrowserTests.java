package org.policydesk.officialuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.policydesk.WebTestSupport;
import org.policydesk.demo.DemoSchool;
import org.policydesk.people.People;
import org.policydesk.workflow.Actors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The official-use journey in real Chromium (Debian's chromium and chromedriver, headless), as
 * people do it: an employee asks, the Head Teacher approves, the employee records an account and
 * acknowledges the guidance, and the register shows them; a staff member finds nothing to approve.
 * Screenshots of the main pages go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "policydesk.demo.enabled=true")
@ActiveProfiles("test")
class OfficialUseBrowserTests {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String PASSWORD = "Blue-Kite-47";

    private static WebDriver browser;

    @LocalServerPort int port;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired JdbcClient jdbc;
    @Autowired DemoSchool demoSchool;
    @Autowired OfficialUseService officialUse;
    @Autowired People people;
    @Autowired Actors actors;

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
    void anEmployeeAsksTheHeadTeacherApprovesAndTheRegisterShowsTheirAccount() throws IOException {
        open("/");
        assertThat(browser.getCurrentUrl()).endsWith("/sign-in");
        assertThat(text()).contains("Demo school sign-ins").contains("hellis").contains("keston-demo");
        screenshot("sign-in");

        signIn("sjones");
        assertThat(heading()).isEqualTo("Hello, Sarah Jones");
        follow(link("Ask to post for the school"));
        follow(button("Send the request"));
        assertThat(text()).contains("There is a problem").contains("Say what you will use social media for");
        screenshot("request-refused");
        browser.findElement(By.id("purpose")).sendKeys("Posting Year 5 class news and photos on the school's Instagram");
        follow(button("Send the request"));
        assertThat(text()).contains("Your request has gone to the Head Teacher to decide.").contains("Requested");
        signOut();
        assertThat(text()).contains("You have signed out.");

        signIn("hellis");
        assertThat(text()).contains("Approve or refuse official use").contains("Sarah Jones").contains("due in 5 days");
        screenshot("home-head-teacher");
        follow(link("Tasks"));
        follow(link("My groups"));
        assertThat(text()).contains("Sarah Jones").contains("Nobody yet");
        screenshot("tasks");
        follow(link("Approve or refuse official use"));
        assertThat(heading()).isEqualTo("Approve or refuse official use");
        browser.findElement(By.cssSelector("label[for='approve']")).click();
        browser.findElement(By.id("reason")).sendKeys("Agreed for Year 5 news; follow the photo consent list.");
        screenshot("decide");
        follow(button("Record the decision"));
        assertThat(text()).contains("You approved official use for Sarah Jones");
        signOut();

        signIn("sjones");
        follow(link("Record the accounts you will use"));
        browser.findElement(By.id("rows-0-platform")).sendKeys("Instagram");
        browser.findElement(By.id("rows-0-handle")).sendKeys("@kestonprimary");
        browser.findElement(By.id("rows-0-loginId")).sendKeys("kestonprimary");
        browser.findElement(By.id("rows-0-password")).sendKeys(PASSWORD);
        screenshot("record-accounts");
        follow(button("Save the accounts"));
        assertThat(heading()).isEqualTo("Acknowledge the rules and guidance for official use");
        assertThat(text()).contains("The account is recorded in the school's secure register.");
        browser.findElement(By.cssSelector("label[for='confirm']")).click();
        follow(button("Acknowledge"));
        assertThat(text()).contains("You have acknowledged the rules and guidance").contains("Active");
        signOut();

        signIn("hellis");
        follow(link("Official users"));
        WebElement sarah = browser.findElement(By.xpath("//tr[.//a[text()='Sarah Jones']]"));
        assertThat(sarah.getText()).contains("Active").contains("Instagram: @kestonprimary");
        assertThat(browser.getPageSource()).doesNotContain(PASSWORD);
        screenshot("official-users");
        follow(link("Sarah Jones"));
        assertThat(text()).contains("Agreed for Year 5 news").contains("Revoke official use");
        screenshot("official-user");
        assertFitsAPhone("official-users-320", "/official-users");
        assertFitsAPhone("home-320", "/");
    }

    @Test
    void aStaffMemberFindsNothingToApproveAndIsRefusedTheFormAndTheRegister() throws IOException {
        long zoe = officialUse.request(actors.of("zadams"), people.findByUserId("zadams").orElseThrow().id(), "Nursery news");
        String decideTask = taskService.createTaskQuery().taskDefinitionKey(OfficialUseProcess.TASK_DECIDE)
            .processInstanceBusinessKey(String.valueOf(zoe)).singleResult().getId();

        signIn("tbaker");
        assertThat(text()).doesNotContain("Approve or refuse official use").doesNotContain("Official users");
        open("/official-use/decide/" + decideTask);
        assertThat(heading()).isEqualTo("You cannot do this");
        assertThat(browser.findElements(By.xpath("//button[normalize-space()='Record the decision']"))).isEmpty();
        screenshot("refused");
        open("/official-users");
        assertThat(heading()).isEqualTo("You cannot do this");
        open("/no-such-page");
        assertThat(heading()).isEqualTo("Page not found");
        assertThat(text()).contains("Tom Baker").contains("Sign out");
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

    /**
     * Clicks a link or button that loads another page and waits until that page is there: a
     * click returns before the browser has left the page it was on.
     */
    private void follow(WebElement element) {
        WebElement page = browser.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
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
        return browser.findElement(By.tagName("h1")).getText();
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
        byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        browser.manage().window().setSize(before);
    }
}
