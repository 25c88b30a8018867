package org.policydesk.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.policydesk.WebTestSupport;
import org.policydesk.escalation.EscalationProcess;
import org.policydesk.escalation.IncidentService;
import org.policydesk.escalation.ReportedComment;
import org.policydesk.escalation.Triage;
import org.policydesk.escalation.WhatItIs;
import org.policydesk.escalation.WhoPosted;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The retention page over MockMvc: the administrator and the Head Teacher see the schedule in
 * words and what would be erased today, and can erase it after a confirmation (a POST with the
 * CSRF token); a governor is refused both, and a refused or token-less POST changes nothing.
 */
class RetentionWebTests extends WebTestSupport {

    @Autowired IncidentService incidents;

    @Test
    void theHeadTeacherSeesTheScheduleInWordsAndWhatWouldBeErasedToday() throws Exception {
        long expired = praiseClosedYearsAgo(7);
        long recent = praiseClosedYearsAgo(1);

        mvc.perform(get("/admin/retention").with(user("hellis"))).andExpect(status().isOk())
            .andExpect(content().string(Matchers.allOf(
                Matchers.containsString("Incidents (escalations)"), Matchers.containsString("6 years"),
                Matchers.containsString("7 years"), Matchers.containsString("the closure"),
                Matchers.containsString("anonymised (counts by category and outcome kept)"),
                Matchers.containsString("Workflow history (acknowledgement-round, comment-escalation, official-use, subject-access-request, "
                    + "termination-handover)"), Matchers.containsString("2190 days"),
                Matchers.containsString(String.format("INC-%04d", expired)),
                Matchers.not(Matchers.containsString(String.format("INC-%04d", recent))),
                Matchers.containsString("href=\"/admin/retention/run\""),
                Matchers.containsString("href=\"/admin/retention\" aria-current=\"page\""))));
    }

    @Test
    void theAdministratorIsToldWhenNothingHasExpired() throws Exception {
        praiseClosedYearsAgo(1);

        mvc.perform(get("/admin/retention").with(user("itadmin"))).andExpect(status().isOk())
            .andExpect(content().string(Matchers.allOf(Matchers.containsString("No record in this school is past its time"),
                Matchers.not(Matchers.containsString("Erase what has expired now")))));
    }

    @Test
    void erasingNowAsksForConfirmationThenErasesAndSaysWhatInNumbers() throws Exception {
        long expired = praiseClosedYearsAgo(7);

        mvc.perform(get("/admin/retention/run").with(user("hellis"))).andExpect(status().isOk())
            .andExpect(content().string(Matchers.allOf(Matchers.containsString("This cannot be undone"),
                Matchers.containsString(String.format("INC-%04d", expired)),
                Matchers.containsString("Yes, erase them now"))));
        mvc.perform(post("/admin/retention/run").with(user("hellis")).with(csrf().useInvalidToken()))
            .andExpect(status().isForbidden());
        mvc.perform(post("/admin/retention/run").with(user("hellis"))).andExpect(redirectedUrl("/sign-in?timed-out"));
        assertThat(incidents.get(expired).content()).as("no valid CSRF token, nothing erased").startsWith("Lovely");

        mvc.perform(post("/admin/retention/run").with(user("hellis")).with(csrf()))
            .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/retention"))
            .andExpect(flash().attribute("notice",
                "Erased under the retention schedule: 1 × incidents (escalations) anonymised."));

        assertThat(incidents.get(expired).content()).isEqualTo(Erasures.ERASED_TEXT);
        assertThat(audit.entriesFor(Retention.RECORD_TYPE, LocalDate.now())).singleElement()
            .satisfies(entry -> assertThat(entry.actor()).isEqualTo("hellis"));
        mvc.perform(get("/admin/retention").with(user("hellis")))
            .andExpect(content().string(Matchers.containsString("No record in this school is past its time")));
    }

    @Test
    void aGovernorIsRefusedThePageAndTheRunAndNothingChanges() throws Exception {
        long expired = praiseClosedYearsAgo(7);

        mvc.perform(get("/admin/retention").with(user("cwhitfield"))).andExpect(status().isForbidden())
            .andExpect(content().string(Matchers.containsString(
                "Only the administrator or the Head Teacher may see and run the retention schedule.")));
        mvc.perform(get("/admin/retention/run").with(user("cwhitfield"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/retention/run").with(user("cwhitfield")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/").with(user("cwhitfield")))
            .andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/admin/retention\""))));

        assertThat(incidents.get(expired).content()).startsWith("Lovely");
        assertThat(audit.entriesFor(Retention.RECORD_TYPE, LocalDate.now())).isEmpty();
    }

    /** Praise closes itself at triage; its closure is then moved back, as if it had happened years ago. */
    private long praiseClosedYearsAgo(int years) {
        long id = incidents.report(actor("sjones"), ReportedComment.of("Facebook", "Lovely sports day, thank you"));
        incidents.triage(actor("dmensah"), openTask(EscalationProcess.TASK_TRIAGE, id).getId(),
            new Triage(WhoPosted.PUBLIC, WhatItIs.PRAISE, false, false));
        jdbc.sql("update escalation_incident set closed_at = ? where id = ?")
            .params(LocalDateTime.now().minusYears(years), id).update();
        return id;
    }
}
