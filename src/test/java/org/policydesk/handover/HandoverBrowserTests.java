package org.policydesk.handover;

import org.policydesk.BrowserTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.policydesk.accounts.AccountDetails;
import org.policydesk.accounts.AccountRegister;
import org.policydesk.accounts.Secret;
import org.policydesk.documents.PdfText;
import org.policydesk.officialuse.OfficialUseProcess;
import org.policydesk.officialuse.OfficialUseService;
import org.policydesk.people.People;
import org.policydesk.workflow.Actors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A leaver's handover in real Chromium (Debian's chromium and chromedriver, headless), as the
 * office does it: record that Sarah Jones has left, record what she surrendered, change the
 * password, transfer the account, record her assistance, and download the certificate, which
 * lists the account. Also: a governor cannot open an account's password. Screenshots of the main
 * pages go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "policydesk.demo.enabled=true")
@ActiveProfiles("test")
class HandoverBrowserTests extends BrowserTestSupport {

    private static final String OLD_PASSWORD = "Old-Insta-Pass-19";
    private static final String NEW_PASSWORD = "Fresh-Kite-Harbour-83";

    @Autowired TaskService taskService;
    @Autowired OfficialUseService officialUse;
    @Autowired AccountRegister accounts;
    @Autowired People people;
    @Autowired Actors actors;

    /** Sarah Jones, approved and active, with one Instagram account: set up through the services. */
    private long sarahIsAnOfficialUserWithOneAccount() {
        long sarah = people.findByUserId("sjones").orElseThrow().id();
        long id = officialUse.request(actors.of("sjones"), sarah, "Year 5 class news");
        officialUse.decide(actors.of("hellis"), task(OfficialUseProcess.TASK_DECIDE, id), true, "Agreed");
        officialUse.recordAccounts(actors.of("sjones"), task(OfficialUseProcess.TASK_RECORD_ACCOUNTS, id),
            List.of(new AccountDetails("Instagram", "@keston.year5", "keston.year5", Secret.of(OLD_PASSWORD))));
        officialUse.acknowledgeGuidance(actors.of("sjones"), task(OfficialUseProcess.TASK_ACKNOWLEDGE_GUIDANCE, id));
        return accounts.activeHeldBy(sarah).get(0).id();
    }

    private String task(String key, long businessKey) {
        return taskService.createTaskQuery().taskDefinitionKey(key)
            .processInstanceBusinessKey(String.valueOf(businessKey)).singleResult().getId();
    }

    @Test
    void theOfficeTakesSarahJonesHandoverToItsCertificate() throws IOException {
        long instagram = sarahIsAnOfficialUserWithOneAccount();

        signIn("okowalski");
        follow(link("Handovers"));
        follow(link("Record that someone has left"));
        new Select(browser.findElement(By.id("personId"))).selectByVisibleText("Sarah Jones, Year 5 Class Teacher");
        browser.findElement(By.id("reason")).sendKeys("Resigned; last day at the end of the autumn term.");
        screenshot("handover-record-leaving");
        follow(button("Record that they have left"));
        String handoverPage = browser.getCurrentUrl().substring(("http://localhost:" + port).length());
        assertThat(handoverPage).matches("/handovers/\\d+");
        assertThat(text()).contains("Sarah Jones is recorded as having left")
            .contains("the handover of 1 account has started").contains("Open").contains("Instagram: @keston.year5");
        screenshot("handover-started");

        follow(link("Record what the leaver surrendered for this account"));
        assertThat(heading()).isEqualTo("Record what was surrendered");
        browser.findElement(By.cssSelector("label[for='items']")).click();
        browser.findElement(By.cssSelector("label[for='items-1']")).click();
        screenshot("handover-surrender");
        follow(button("Record what was surrendered"));
        assertThat(text()).contains("What Sarah Jones surrendered for Instagram @keston.year5 is recorded.");

        follow(link("Change the account's password or token"));
        browser.findElement(By.id("newPassword")).sendKeys(NEW_PASSWORD);
        browser.findElement(By.id("confirmPassword")).sendKeys(NEW_PASSWORD);
        screenshot("handover-rotate");
        follow(button("Save the new password"));
        assertThat(text()).contains("The new password for Instagram @keston.year5 is sealed");
        assertThat(browser.getPageSource()).doesNotContain(NEW_PASSWORD).doesNotContain(OLD_PASSWORD);

        follow(link("Transfer or cancel the account"));
        browser.findElement(By.cssSelector("label[for='action']")).click();
        new Select(browser.findElement(By.id("to"))).selectByVisibleText("Helen Ellis, Head Teacher");
        browser.findElement(By.id("reason")).sendKeys("The Head Teacher runs the Year 5 account until a new teacher starts.");
        screenshot("handover-transfer");
        follow(button("Record what happens to the account"));
        assertThat(text()).contains("Instagram @keston.year5 is transferred to Helen Ellis.");

        follow(link("Record how far the leaver assisted the handover"));
        browser.findElement(By.cssSelector("label[for='assistance']")).click();
        browser.findElement(By.id("note")).sendKeys("Sarah came in on her last day and handed everything over.");
        follow(button("Record the assistance"));
        assertThat(text()).contains("The handover from Sarah Jones is complete").contains("Complete")
            .contains("Transferred to Helen Ellis").contains("Nothing: the handover is complete.");
        assertThat(browser.getPageSource()).doesNotContain(NEW_PASSWORD);
        screenshot("handover-complete");

        browser.findElement(By.partialLinkText("Download the handover certificate")).click();
        byte[] certificate = downloaded(".pdf");
        assertThat(PdfText.text(certificate)).contains("Handover certificate", "Sarah Jones", "Instagram", "@keston.year5",
            "Helen Ellis").doesNotContain(NEW_PASSWORD, OLD_PASSWORD);

        follow(link("Accounts"));
        follow(browser.findElement(By.cssSelector("a[href='/accounts/" + instagram + "/reveal']")));
        browser.findElement(By.id("reason")).sendKeys("Setting up the account on the Head Teacher's phone");
        follow(button("Show the password"));
        assertThat(browser.findElement(By.id("secret")).getText()).isEqualTo(NEW_PASSWORD);
        assertThat(browser.getCurrentUrl()).doesNotContain(NEW_PASSWORD);
        follow(link("Done: back to all accounts"));
        assertThat(browser.getPageSource()).doesNotContain(NEW_PASSWORD);
        assertFitsAPhone("handover-320", handoverPage);
        assertFitsAPhone("handovers-320", "/handovers");
    }

    @Test
    void aGovernorCannotOpenAnAccountsPassword() throws IOException {
        long instagram = sarahIsAnOfficialUserWithOneAccount();

        signIn("sobrien");
        follow(link("Accounts"));
        assertThat(text()).contains("@keston.year5").contains("Sarah Jones").doesNotContain("Show password");
        screenshot("accounts-governor");
        open("/accounts/" + instagram + "/reveal");
        assertThat(heading()).isEqualTo("You cannot do this");
        assertThat(text()).contains("Only the Head Teacher or the school office may see an account's password.");
        assertThat(browser.findElements(By.id("reason"))).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain(OLD_PASSWORD);
        screenshot("accounts-reveal-refused");
        assertFitsAPhone("accounts-320", "/accounts");
        assertFitsAPhone("governors-320", "/governors");
        open("/governors");
        assertThat(heading()).isEqualTo("Governors");
        screenshot("governors");
    }

    private byte[] downloaded(String extension) throws IOException {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
            try (Stream<Path> files = Files.list(DOWNLOADS)) {
                return files.anyMatch(file -> file.toString().endsWith(extension));
            } catch (IOException e) {
                return false;
            }
        });
        try (Stream<Path> files = Files.list(DOWNLOADS)) {
            return Files.readAllBytes(files.filter(file -> file.toString().endsWith(extension)).findFirst().orElseThrow());
        }
    }

}
