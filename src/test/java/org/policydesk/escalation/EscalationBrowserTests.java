package org.policydesk.escalation;

import org.policydesk.BrowserTestSupport;

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
import java.time.LocalDate;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.policydesk.demo.DemoSchool;
import org.policydesk.documents.PdfText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
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
class EscalationBrowserTests extends BrowserTestSupport {

    private static final Path UPLOADS = Path.of("target", "test-uploads");
    private static final String POST = "Mrs Jones at Keston steals from the school fund and lies to parents. Don't trust her!";

    @Autowired ManagementService managementService;
    @Autowired IncidentService incidents;

    @BeforeAll
    static void makeTheUploadsFolder() throws IOException {
        Files.createDirectories(UPLOADS);
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

}
