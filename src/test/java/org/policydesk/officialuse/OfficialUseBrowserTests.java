package org.policydesk.officialuse;

import org.policydesk.BrowserTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.policydesk.people.People;
import org.policydesk.workflow.Actors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The official-use journey in real Chromium (Debian's chromium and chromedriver, headless), as
 * people do it: an employee asks, the Head Teacher approves, the employee records an account and
 * acknowledges the guidance, and the register shows them; a staff member finds nothing to approve.
 * Screenshots of the main pages go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "policydesk.demo.enabled=true")
@ActiveProfiles("test")
class OfficialUseBrowserTests extends BrowserTestSupport {

    private static final String PASSWORD = "Blue-Kite-47";

    @Autowired TaskService taskService;
    @Autowired OfficialUseService officialUse;
    @Autowired People people;
    @Autowired Actors actors;

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

}
