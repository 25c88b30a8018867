package org.policydesk.admin;

import org.policydesk.BrowserTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.policydesk.school.HeadTeacherAbsences;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
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
class AdminBrowserTests extends BrowserTestSupport {

    private static final Path TEMPLATES = AdminWebTests.copyOfTheTemplates();
    private static final String PASSWORD = "Correct-Horse-42";

    @DynamicPropertySource
    static void templatesCopy(DynamicPropertyRegistry registry) {
        registry.add("policydesk.documents.templates-dir", TEMPLATES::toString);
    }

    @Autowired HeadTeacherAbsences absences;

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

}
