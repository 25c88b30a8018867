package org.policydesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.policydesk.BrowserTestSupport;
import org.policydesk.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * In real Chromium: someone keeps guessing Sarah's password until PolicyDesk refuses and then
 * locks her sign-in; the administrator sees the lock, re-enables it, and reads what happened on the
 * audit trail, filtered to her sign-in, with where each try came from.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "policydesk.demo.enabled=true")
@ActiveProfiles("test")
@Import(MovableClock.Configuration.class)
class AuditBrowserTests extends BrowserTestSupport {

    @Autowired MovableClock clock;

    @Test
    void guessedPasswordsLockASignInTheAdministratorReEnablesItAndTheAuditTrailShowsEveryTry() throws IOException {
        clock.reset();
        for (int i = 0; i < 5; i++) {
            signIn("sjones", "guess-" + i);
            assertThat(text()).contains("Your sign-in name or password is not right");
        }
        signIn("sjones", "keston-demo");
        assertThat(text()).contains("Too many failed sign-ins").doesNotContain("password is not right");
        screenshot("sign-in-too-many-failures");
        for (int i = 5; i < 10; i++) {
            clock.advance(Duration.ofMinutes(16));
            signIn("sjones", "guess-" + i);
        }
        clock.advance(Duration.ofDays(1));
        signIn("sjones", "keston-demo");
        assertThat(text()).contains("Too many failed sign-ins");

        signIn("itadmin");
        follow(link("Administration"));
        follow(link("People and sign-ins"));
        follow(link("Sarah Jones"));
        assertThat(text()).contains("Locked after too many failed sign-ins");
        screenshot("admin-sign-in-locked");
        type("reEnableReason", "Sarah confirmed the tries were not hers; she chose a new password");
        follow(button("Re-enable the sign-in"));
        assertThat(text()).contains("sign-in is re-enabled");

        follow(link("Audit trail"));
        assertThat(heading()).isEqualTo("Audit trail");
        assertThat(text()).contains("The audit trail is intact", "Sign-in re-enabled", "Sign-in locked");
        browser.findElement(By.className("govuk-details__summary")).click();
        new Select(browser.findElement(By.id("recordType"))).selectByValue("sign-in");
        type("recordId", "sjones");
        follow(button("Show the entries"));
        assertThat(text()).contains("Sign-in failed", "Sign-in locked", "Not signed in")
            .doesNotContain("Sign-in re-enabled");
        // Sign-ins happen inside Spring Security's filters: they too know the browser's address.
        assertThat(jdbc.sql("select distinct origin from audit_entry where record_type = 'sign-in'").query(String.class).list())
            .isNotEmpty().allSatisfy(origin -> assertThat(origin).isIn("127.0.0.1", "0:0:0:0:0:0:0:1"));
        screenshot("audit-trail");
        assertFitsAPhone("audit-trail-phone", "/admin/audit");
        signOut();

        signIn("sjones", "keston-demo");
        assertThat(text()).contains("Sarah Jones").doesNotContain("Too many failed sign-ins");
    }
}
