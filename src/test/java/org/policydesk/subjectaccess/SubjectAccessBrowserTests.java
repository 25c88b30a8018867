package org.policydesk.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Stream;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.policydesk.BrowserTestSupport;
import org.policydesk.escalation.EscalationProcess;
import org.policydesk.escalation.IncidentService;
import org.policydesk.escalation.ReportedComment;
import org.policydesk.escalation.Triage;
import org.policydesk.escalation.WhatItIs;
import org.policydesk.escalation.WhoPosted;
import org.policydesk.workflow.Actors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Subject access and retention in real Chromium, as the school does them: the office records a
 * parent's request, downloads the pack, checks and sends it through the task list and sees the
 * request marked sent; the Head Teacher reads the retention schedule and what would be erased
 * today. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "policydesk.demo.enabled=true")
@ActiveProfiles("test")
class SubjectAccessBrowserTests extends BrowserTestSupport {

    @Autowired TaskService taskService;
    @Autowired IncidentService incidents;
    @Autowired Actors actors;

    @Test
    void theOfficeAnswersAParentsRequestAndTheHeadTeacherReadsTheRetentionSchedule() throws Exception {
        LocalDate today = LocalDate.now();
        long expired = praiseClosedYearsAgo(7);

        signIn("okowalski", "keston-demo");
        follow(link("Subject access"));
        assertThat(heading()).isEqualTo("Subject access requests");
        assertThat(text()).contains("No subject access request has been recorded.");
        follow(link("Record a request"));
        assertThat(heading()).isEqualTo("Record a subject access request");
        new Select(browser.findElement(By.id("personId"))).selectByVisibleText("Emma Brown, parent or carer");
        type("received-day", String.valueOf(today.getDayOfMonth()));
        type("received-month", String.valueOf(today.getMonthValue()));
        type("received-year", String.valueOf(today.getYear()));
        browser.findElement(By.xpath("//label[normalize-space()='By email']")).click();
        screenshot("subject-access-new");
        follow(button("Record the request and produce the pack"));

        assertThat(heading()).matches("SAR-\\d{4}: Emma Brown");
        String reference = heading().substring(0, 8);
        String path = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/admin/"));
        assertThat(text()).contains("The request is recorded as " + reference)
            .contains("To check and send").contains("Emma Brown (for themselves)").contains("by email")
            .containsPattern("Response due\\s+\\d{1,2} \\w+ \\d{4}, due in (a month|\\d+ days)")
            .contains("Download the pack (zip)").contains("Download the summary (PDF)");
        screenshot("subject-access-request");
        docsShot("docs-web-subject-access");

        link("Download the pack (zip)").click();
        Path zip = DOWNLOADS.resolve(reference + "-pack.zip");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> Files.isRegularFile(zip) && !partial());
        assertThat(Files.size(zip)).isPositive();
        assertThat(heading()).as("a download leaves the page where it was").isEqualTo(reference + ": Emma Brown");
        follow(button("Produce the pack again"));
        assertThat(text()).contains("The pack for " + reference + " was produced again from the records as they are now.");

        follow(link("Tasks"));
        follow(link("My groups"));
        follow(browser.findElement(By.xpath(
            "//tr[contains(., '" + reference + "')]//a[normalize-space()='Check and send the response']")));
        assertThat(heading()).isEqualTo("Check and send the response");
        assertThat(text()).contains(reference + ": Emma Brown").contains("Confirm that the request really came from Emma Brown.");
        type("sent-day", String.valueOf(today.getDayOfMonth()));
        type("sent-month", String.valueOf(today.getMonthValue()));
        type("sent-year", String.valueOf(today.getYear()));
        browser.findElement(By.xpath("//label[normalize-space()='By secure email']")).click();
        type("note", "Checked the letters; nothing about another family.");
        screenshot("subject-access-check");
        follow(button("Record the response as sent"));

        assertThat(heading()).isEqualTo(reference + ": Emma Brown");
        assertThat(text()).contains("The response to " + reference + " is recorded as sent. The request is closed.")
            .contains("Sent").contains("sent in time").contains("(by secure email), recorded by Łukasz Kowalski")
            .contains("Checked the letters; nothing about another family.")
            .contains("1 audit entry,").doesNotContain("subject-access-requests/").doesNotContain("Produce the pack again");
        assertThat(browser.findElements(By.linkText("Check and send the response"))).isEmpty();
        screenshot("subject-access-sent");
        follow(link("Subject access requests"));
        assertThat(browser.findElement(By.xpath("//tr[.//a[text()='" + reference + "']]")).getText())
            .contains("Emma Brown").contains("sent in time").contains("Sent");
        screenshot("subject-access-list");
        assertFitsAPhone("subject-access-list-320", "/admin/subject-access");
        assertFitsAPhone("subject-access-request-320", path);
        signOut();

        signIn("hellis");
        follow(link("Retention"));
        assertThat(heading()).isEqualTo("Retention schedule");
        assertThat(text()).contains("How long records are kept").contains("Incidents (escalations)").contains("6 years")
            .contains("What would be erased today").contains(String.format("INC-%04d", expired))
            .doesNotContain("Administration");
        screenshot("retention");
        docsShot("docs-web-retention");
        follow(link("Erase what has expired now"));
        assertThat(heading()).isEqualTo("Erase what has expired now?");
        assertThat(text()).contains("This cannot be undone").contains(String.format("INC-%04d", expired));
        screenshot("retention-confirm");
        follow(link("Cancel"));
        assertThat(heading()).isEqualTo("Retention schedule");
        assertThat(incidents.get(expired).content()).as("cancelled, nothing erased").startsWith("Lovely");
        assertFitsAPhone("retention-320", "/admin/retention");
    }

    /** GOV.UK Frontend centres its page from 1,020 pixels wide. */
    private static final int WIDEST_NARROW_LAYOUT = 1019;

    /**
     * The README's copy: the desktop page drawn at 80 per cent, so that the file stays small enough
     * for the repository in a window just wide enough for the desktop layout.
     */
    private void docsShot(String name) throws IOException {
        Dimension desktop = browser.manage().window().getSize();
        JavascriptExecutor js = (JavascriptExecutor) browser;
        try {
            browser.manage().window().setSize(new Dimension(WIDEST_NARROW_LAYOUT + 1, desktop.getHeight()));
            js.executeScript("document.documentElement.style.zoom = '0.8'");
            screenshot(name);
        } finally {
            js.executeScript("document.documentElement.style.zoom = ''");
            browser.manage().window().setSize(desktop);
        }
    }

    private static boolean partial() {
        try (Stream<Path> files = Files.list(DOWNLOADS)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".crdownload"));
        } catch (IOException unreadable) {
            return true;
        }
    }

    /** Praise closes itself at triage; its closure is then moved back, as if it had happened years ago. */
    private long praiseClosedYearsAgo(int years) {
        long id = incidents.report(actors.of("sjones"), ReportedComment.of("Facebook", "Lovely sports day, thank you"));
        String triage = taskService.createTaskQuery().taskDefinitionKey(EscalationProcess.TASK_TRIAGE)
            .processInstanceBusinessKey(String.valueOf(id)).singleResult().getId();
        incidents.triage(actors.of("dmensah"), triage, new Triage(WhoPosted.PUBLIC, WhatItIs.PRAISE, false, false));
        jdbc.sql("update escalation_incident set closed_at = ? where id = ?")
            .params(LocalDateTime.now().minusYears(years), id).update();
        return id;
    }
}
