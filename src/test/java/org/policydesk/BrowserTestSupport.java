package org.policydesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.policydesk.demo.DemoSchool;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base of the browser tests: Debian's headless Chromium driven through its chromedriver (nothing is
 * downloaded), the demo school reset before each test, and the page helpers every journey uses.
 * Screenshots go to {@code target/screenshots/}, downloads to {@code target/browser-downloads/}.
 */
public abstract class BrowserTestSupport {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    protected static final Path SCREENSHOTS = Path.of("target", "screenshots");
    protected static final Path DOWNLOADS = Path.of("target", "browser-downloads").toAbsolutePath();

    protected static WebDriver browser;

    @LocalServerPort protected int port;
    @Autowired protected RuntimeService runtimeService;
    @Autowired protected IdentityService identityService;
    @Autowired protected JdbcClient jdbc;
    @Autowired protected DemoSchool demoSchool;

    @BeforeAll
    static void startChromium() throws IOException {
        assertThat(CHROMEDRIVER).as("chromedriver (apt-get install chromium chromium-driver)").isExecutable();
        // Never let Selenium Manager look for a driver or browser on the network.
        System.setProperty("SE_OFFLINE", "true");
        Files.createDirectories(DOWNLOADS);
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--hide-scrollbars", "--window-size=1200,900");
        // A PDF is saved like any download rather than opened in the browser's viewer.
        options.setExperimentalOption("prefs", Map.of("download.default_directory", DOWNLOADS.toString(),
            "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void startFromTheDemoSchool() throws IOException {
        WebTestSupport.resetToTheDemoSchool(runtimeService, identityService, jdbc, demoSchool);
        browser.manage().deleteAllCookies();
        try (Stream<Path> old = Files.list(DOWNLOADS)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
    }

    protected void signIn(String userId) {
        signIn(userId, "keston-demo");
    }

    protected void signIn(String userId, String password) {
        open("/sign-in");
        browser.findElement(By.id("username")).sendKeys(userId);
        browser.findElement(By.id("password")).sendKeys(password);
        follow(button("Sign in"));
    }

    protected void signOut() {
        follow(button("Sign out"));
    }

    protected void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }

    /**
     * Clicks a link or button that loads another page and waits until that page is there: a
     * click returns before the browser has left the page it was on.
     */
    protected void follow(WebElement element) {
        WebElement page = browser.findElement(By.tagName("html"));
        try {
            element.click();
        } catch (WebDriverException navigatedAlready) {
            // Chromium may answer the click after the new page has replaced the old one.
            if (!String.valueOf(navigatedAlready.getMessage()).contains("does not belong to the document")) {
                throw navigatedAlready;
            }
        }
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> isGone(page));
        new WebDriverWait(browser, Duration.ofSeconds(15))
            .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("footer")));
    }

    /**
     * Whether the page an element belongs to has been replaced. Chromium says so either as a stale
     * element or, during the swap, as a node that "does not belong to the document".
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (WebDriverException swapping) {
            if (String.valueOf(swapping.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw swapping;
        }
    }

    protected void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    protected WebElement link(String text) {
        return browser.findElement(By.linkText(text));
    }

    protected WebElement button(String text) {
        return browser.findElement(By.xpath("//button[normalize-space()='" + text + "']"));
    }

    protected String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    protected String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** At 320 CSS pixels wide nothing makes the page scroll sideways. */
    protected void assertFitsAPhone(String name, String path) throws IOException {
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
    protected void screenshot(String name) throws IOException {
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
