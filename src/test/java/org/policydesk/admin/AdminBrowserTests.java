package org.policydesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.policydesk.WebTestSupport;
import org.policydesk.demo.DemoSchool;
import org.policydesk.school.HeadTeacherAbsences;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An administrator's morning in real Chromium: add a teacher with a sign-in, upload the school's
 * logo (a real multipart form through Tomcat, CSRF token and all), record the Head Teacher's
 * absence; then the new teacher signs in and chooses a daily digest on their profile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "policydesk.demo.enabled=true")
@ActiveProfiles("test")
class AdminBrowserTests {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path TEMPLATES = AdminWebTests.copyOfTheTemplates();
    private static final String PASSWORD = "Correct-Horse-42";

    private static WebDriver browser;

    @DynamicPropertySource
    static void templatesCopy(DynamicPropertyRegistry registry) {
        registry.add("policydesk.documents.templates-dir", TEMPLATES::toString);
    }

    @LocalServerPort int port;
    @Autowired RuntimeService runtimeService;
    @Autowired IdentityService identityService;
    @Autowired JdbcClient jdbc;
    @Autowired DemoSchool demoSchool;
    @Autowired HeadTeacherAbsences absences;

    @BeforeAll
    static void startChromium() throws IOException {
        assertThat(CHROMEDRIVER).as("chromedriver (apt-get install chromium chromium-driver)").isExecutable();
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
    void anAdministratorAddsATeacherUploadsTheLogoAndRecordsAnAbsenceThenTheTeacherChoosesADigest() throws IOException {
        signIn("itadmin", "keston-demo");
        follow(link("Administration"));
        assertThat(heading()).isEqualTo("Administration");
        follow(link("People and sign-ins"));
        assertThat(text()).contains("Helen Ellis").contains("head-teacher, leadership-team, staff");
        screenshot("admin-people");

        follow(link("Add a person"));
        follow(button("Add the person"));
        assertThat(text()).contains("There is a problem").contains("Enter the first name");
        browser.findElement(By.id("firstName")).sendKeys("Rosa");
        browser.findElement(By.id("lastName")).sendKeys("Diaz");
        browser.findElement(By.cssSelector("label[for='kind']")).click();
        browser.findElement(By.id("roleTitle")).sendKeys("Year 3 Class Teacher");
        browser.findElement(By.id("email")).sendKeys("rdiaz@keston.example.org");
        browser.findElement(By.id("userId")).sendKeys("rdiaz");
        browser.findElement(By.cssSelector("label[for='group-staff']")).click();
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        screenshot("admin-add-person");
        follow(button("Add the person"));
        assertThat(text()).contains("Rosa Diaz can now sign in as rdiaz").contains("Sign-in created");
        assertThat(browser.getPageSource()).doesNotContain(PASSWORD);

        open("/admin/school/logo");
        Path logo = Files.createTempFile("crest", ".png");
        Files.write(logo, SchoolLogosTests.image("png", 240, 120));
        browser.findElement(By.id("logo")).sendKeys(logo.toString());
        follow(button("Upload the logo"));
        assertThat(text()).contains("The new logo is saved.");
        assertThat(TEMPLATES.resolve("_layout/logo-keston.png")).exists();
        WebElement shown = browser.findElement(By.cssSelector("img.pd-logo-preview"));
        assertThat(((Number) ((JavascriptExecutor) browser).executeScript("return arguments[0].naturalWidth", shown))
            .intValue()).isEqualTo(240);

        open("/admin/absences");
        LocalDate today = LocalDate.now();
        browser.findElement(By.id("starts-day")).sendKeys(String.valueOf(today.getDayOfMonth()));
        browser.findElement(By.id("starts-month")).sendKeys(String.valueOf(today.getMonthValue()));
        browser.findElement(By.id("starts-year")).sendKeys(String.valueOf(today.getYear()));
        browser.findElement(By.id("reason")).sendKeys("Secondment to the local authority");
        follow(button("Record the absence"));
        assertThat(text()).contains("The absence is recorded.").contains("David Mensah").contains("In force");
        assertThat(absences.inForce("keston")).isPresent();
        screenshot("admin-absences");
        signOut();

        signIn("rdiaz", PASSWORD);
        assertThat(heading()).isEqualTo("Hello, Rosa Diaz");
        follow(link("Your profile"));
        browser.findElement(By.cssSelector("label[for='mode-1']")).click();
        follow(button("Save your choice"));
        assertThat(text()).contains("You will get one email a day");
        screenshot("profile");
    }

    private void signIn(String userId, String password) {
        open("/sign-in");
        browser.findElement(By.id("username")).sendKeys(userId);
        browser.findElement(By.id("password")).sendKeys(password);
        follow(button("Sign in"));
    }

    private void signOut() {
        follow(button("Sign out"));
    }

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

    private void screenshot(String name) throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        Dimension before = browser.manage().window().getSize();
        js.executeScript("window.scrollTo(0, 0)");
        long height = ((Number) js.executeScript(
            "return Math.ceil(document.querySelector('footer').getBoundingClientRect().bottom + window.scrollY)"
                + " + (window.outerHeight - window.innerHeight)")).longValue();
        browser.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(Math.max(height, 400), 3000)));
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(before);
    }
}
