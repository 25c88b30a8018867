package org.policydesk.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.policydesk.WebTestSupport;
import org.policydesk.escalation.IncidentService;
import org.policydesk.escalation.ReportedComment;
import org.springframework.beans.factory.annotation.Autowired;

/** The profile page, and that without a mail server nothing is sent, queued or marked as sent. */
class ProfileWebTests extends WebTestSupport {

    @Autowired NotificationPreferences preferences;
    @Autowired IncidentService incidents;
    @Autowired OverdueTasks overdue;
    @Autowired Digests digests;
    @Autowired NotificationDispatch dispatch;

    @Test
    void everyoneSeesTheirOwnProfileWithEveryTaskEmailAsTheUsualChoice() throws Exception {
        mvc.perform(get("/profile").with(user("sjones"))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Sarah Jones")))
            .andExpect(content().string(containsString("sjones@keston.example.org")))
            .andExpect(content().string(containsString("This PolicyDesk does not send email yet")))
            .andExpect(content().string(containsString("value=\"EACH\"\n                   checked")));
        mvc.perform(get("/").with(user("sjones"))).andExpect(content().string(containsString("href=\"/profile\"")));
    }

    @Test
    void aChoiceIsKeptForThePersonWhoMadeItOnly() throws Exception {
        mvc.perform(post("/profile").with(user("sjones")).with(csrf()).param("mode", "DIGEST"))
            .andExpect(redirectedUrl("/profile"))
            .andExpect(flash().attribute("notice", "You will get one email a day listing your new and overdue tasks."));

        assertThat(preferences.modeOf("sjones")).isEqualTo(NotificationMode.DIGEST);
        assertThat(preferences.modeOf("tbaker")).isEqualTo(NotificationMode.EACH);
    }

    @Test
    void anUnknownChoiceIsRefusedAndChangesNothing() throws Exception {
        preferences.choose("sjones", NotificationMode.OFF);

        mvc.perform(post("/profile").with(user("sjones")).with(csrf()).param("mode", "HOURLY"))
            .andExpect(redirectedUrl("/profile"));
        mvc.perform(post("/profile").with(user("sjones")).param("mode", "EACH"));

        assertThat(preferences.modeOf("sjones")).isEqualTo(NotificationMode.OFF);
    }

    @Test
    void withoutAMailServerNothingIsSentQueuedOrMarked() {
        preferences.choose("dmensah", NotificationMode.DIGEST);
        incidents.report(actor("sjones"), ReportedComment.of("Facebook", "Lovely concert"));
        dispatch.drain();
        ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + Duration.ofDays(3).toMillis()));

        assertThat(overdue.notifyOverdue()).isZero();
        assertThat(digests.sendAll()).isZero();
        assertThat(jdbc.sql("select count(*) from notifications_sent").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from notifications_digest_item").query(Integer.class).single()).isZero();
    }
}
