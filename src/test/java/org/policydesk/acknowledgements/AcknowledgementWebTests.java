package org.policydesk.acknowledgements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.policydesk.acknowledgements.AcknowledgementProcess.TASK_ACKNOWLEDGE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.policydesk.WebTestSupport;
import org.policydesk.documents.PdfText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The acknowledgement pages over MockMvc: who may start a policy round or issue guidance, that
 * each person acknowledges for themselves only, with the text in front of them, and the register
 * of who has and has not.
 */
class AcknowledgementWebTests extends WebTestSupport {

    @Autowired AcknowledgementService acknowledgements;

    private MockHttpServletRequestBuilder form(String url, String userId) {
        return post(url).with(user(userId)).with(csrf());
    }

    private Task taskOf(String userId) {
        return taskService.createTaskQuery().taskDefinitionKey(TASK_ACKNOWLEDGE).taskAssignee(userId).singleResult();
    }

    @Test
    void staffAndTheOfficeCannotStartAPolicyRoundAndACraftedPostStartsNothing() throws Exception {
        mvc.perform(get("/acknowledgements/start").with(user("tbaker"))).andExpect(status().isForbidden());
        mvc.perform(form("/acknowledgements/start", "tbaker")).andExpect(status().isForbidden());
        mvc.perform(form("/acknowledgements/start", "okowalski")).andExpect(status().isForbidden());
        mvc.perform(form("/acknowledgements/start", "hnguyen")).andExpect(status().isForbidden());

        assertThat(acknowledgements.rounds("keston")).isEmpty();
        assertThat(taskService.createTaskQuery().taskDefinitionKey(TASK_ACKNOWLEDGE).count()).isZero();
    }

    @Test
    void theClerkStartsARoundAndEachPersonAcknowledgesThePolicyWithItsTextInFrontOfThem() throws Exception {
        mvc.perform(get("/acknowledgements").with(user("ppatel")))
            .andExpect(content().string(containsString("Ask everyone to acknowledge the policy")))
            .andExpect(content().string(not(containsString("Issue new rules and guidance"))));
        MvcResult started = mvc.perform(form("/acknowledgements/start", "ppatel"))
            .andExpect(flash().attribute("notice", containsString("11 people have been asked"))).andReturn();
        long roundId = acknowledgements.rounds("keston").get(0).id();
        assertThat(started.getResponse().getRedirectedUrl()).isEqualTo("/acknowledgements/" + roundId);
        mvc.perform(form("/acknowledgements/start", "hellis")).andExpect(redirectedUrl("/acknowledgements/start"));
        assertThat(acknowledgements.rounds("keston")).hasSize(1);

        String url = "/acknowledgements/acknowledge/" + taskOf("sjones").getId();
        mvc.perform(get("/tasks").with(user("sjones")))
            .andExpect(content().string(containsString("The Social Media Policy")))
            .andExpect(content().string(containsString(url)));
        mvc.perform(get(url).with(user("sjones")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Approved use of Social Media on behalf of the School (Official use)")))
            .andExpect(content().string(containsString("Only official users may use social media on behalf of the school.")));
        mvc.perform(get(url).with(user("tbaker"))).andExpect(status().isForbidden());
        mvc.perform(form(url, "tbaker").param("confirm", "true")).andExpect(status().isForbidden());
        mvc.perform(form(url, "hellis").param("confirm", "true")).andExpect(status().isForbidden());
        MvcResult refused = mvc.perform(form(url, "sjones")).andExpect(redirectedUrl(url)).andReturn();
        mvc.perform(get(url).with(user("sjones")).flashAttrs(refused.getFlashMap()))
            .andExpect(content().string(containsString("<a href=\"#confirm\">Tick the box")));
        assertThat(acknowledgements.coverage(roundId).acknowledged()).isEmpty();

        mvc.perform(form(url, "sjones").param("confirm", "true")).andExpect(redirectedUrl("/"))
            .andExpect(flash().attribute("notice", "Thank you. You have acknowledged the Social Media Policy."));
        mvc.perform(form(url, "sjones").param("confirm", "true")).andExpect(status().isConflict());

        assertThat(acknowledgements.coverage(roundId).acknowledged()).extracting(RoundCoverage.Entry::fullName)
            .containsExactly("Sarah Jones");
        assertThat(auditActions(AcknowledgementProcess.RECORD_TYPE, roundId))
            .containsExactly("acknowledgement-round-started", "acknowledged");
    }

    @Test
    void theRoundPageShowsWhoHasAndWhoHasNotAndTheRegisterIsForThoseWhoOverseeIt() throws Exception {
        long roundId = acknowledgements.startPolicyRound(actor("hellis"));
        acknowledgements.acknowledge(actor("sjones"), taskOf("sjones").getId());

        mvc.perform(get("/acknowledgements").with(user("tbaker"))).andExpect(status().isForbidden());
        mvc.perform(get("/acknowledgements/" + roundId).with(user("tbaker"))).andExpect(status().isForbidden());
        mvc.perform(get("/registers/acknowledgements.pdf").with(user("tbaker"))).andExpect(status().isForbidden());

        mvc.perform(get("/acknowledgements").with(user("hnguyen")))
            .andExpect(content().string(containsString("1 of 11")))
            .andExpect(content().string(not(containsString("Ask everyone to acknowledge"))));
        mvc.perform(get("/acknowledgements/" + roundId).with(user("hnguyen")))
            .andExpect(content().string(containsString("Still to acknowledge (10)")))
            .andExpect(content().string(containsString("Acknowledged (1)")))
            .andExpect(content().string(containsString("Tom Baker")))
            .andExpect(content().string(containsString("Sarah Jones")));
        mvc.perform(get("/acknowledgements?subject=guidance").with(user("hnguyen")))
            .andExpect(content().string(containsString("No rounds match the filter.")));

        MvcResult outstanding = mvc.perform(get("/registers/acknowledgements.pdf?state=outstanding").with(user("hnguyen")))
            .andExpect(status().isOk()).andReturn();
        assertThat(PdfText.text(outstanding.getResponse().getContentAsByteArray()))
            .contains("Tom Baker", "Showing only: still to acknowledge").doesNotContain("Sarah Jones");
        MvcResult acknowledged = mvc.perform(get("/registers/acknowledgements.pdf?state=acknowledged").with(user("hnguyen")))
            .andReturn();
        assertThat(PdfText.text(acknowledged.getResponse().getContentAsByteArray()))
            .contains("Sarah Jones").doesNotContain("Tom Baker");
    }

    @Test
    void onlyTheLeadershipTeamIssuesGuidanceAndOfficialUsersAcknowledgeItsText() throws Exception {
        mvc.perform(get("/acknowledgements/guidance").with(user("okowalski"))).andExpect(status().isForbidden());
        mvc.perform(form("/acknowledgements/guidance", "ppatel").param("label", "Crafted").param("summary", "Crafted"))
            .andExpect(status().isForbidden());
        assertThat(acknowledgements.guidanceVersions("keston")).isEmpty();

        MvcResult refused = mvc.perform(form("/acknowledgements/guidance", "dmensah").param("label", "").param("summary", ""))
            .andExpect(redirectedUrl("/acknowledgements/guidance")).andReturn();
        mvc.perform(get("/acknowledgements/guidance").with(user("dmensah")).flashAttrs(refused.getFlashMap()))
            .andExpect(content().string(containsString("<a href=\"#label\">Give the guidance a label")))
            .andExpect(content().string(containsString("<a href=\"#summary\">Write the rules and guidance</a>")));

        mvc.perform(form("/acknowledgements/guidance", "dmensah").param("label", "Autumn 2026")
                .param("summary", "Never name a pupil in a post.\n\nUse only photos from the consent list."))
            .andExpect(flash().attribute("notice", containsString("1 official user has been asked")));
        assertThat(acknowledgements.guidanceVersions("keston")).extracting(GuidanceVersion::label).containsExactly("Autumn 2026");

        String url = "/acknowledgements/acknowledge/" + taskOf("hellis").getId();
        mvc.perform(get(url).with(user("hellis")))
            .andExpect(content().string(containsString("Acknowledge the new rules and guidance")))
            .andExpect(content().string(containsString("<p class=\"govuk-body\">Never name a pupil in a post.</p>")))
            .andExpect(content().string(containsString("Use only photos from the consent list.")))
            .andExpect(content().string(containsString("from David Mensah")));
        mvc.perform(form(url, "hellis").param("confirm", "true")).andExpect(redirectedUrl("/"));
        long roundId = acknowledgements.rounds("keston").get(0).id();
        assertThat(acknowledgements.coverage(roundId).complete()).isTrue();
        mvc.perform(get("/acknowledgements/" + roundId).with(user("cwhitfield")))
            .andExpect(content().string(containsString("Rules and guidance: Autumn 2026")))
            .andExpect(content().string(containsString("Everyone had acknowledged")));
    }

    @Test
    void anyoneSignedInCanReadThePolicy() throws Exception {
        mvc.perform(get("/acknowledgements/policy").with(user("zadams")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<h3 class=\"govuk-heading-s\">Dealing with incidents of online bullying</h3>")))
            .andExpect(content().string(containsString("<li>Official use of social media on behalf of the School</li>")));
    }
}
