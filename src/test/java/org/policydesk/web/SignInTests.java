package org.policydesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.policydesk.WebTestSupport;

class SignInTests extends WebTestSupport {

    @Test
    void everyPageButSignInHealthAndStylesheetsNeedsASignIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/sign-in"));
        mvc.perform(get("/tasks")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/sign-in"));
        mvc.perform(get("/official-users")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/sign-in"));
        mvc.perform(get("/sign-in")).andExpect(status().isOk())
            .andExpect(content().string(containsString("Sign in to PolicyDesk")));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/govuk/govuk-frontend.min.css")).andExpect(status().isOk());
        mvc.perform(get("/css/policydesk.css")).andExpect(status().isOk());
        mvc.perform(get("/assets/images/favicon.ico")).andExpect(status().isOk());
    }

    @Test
    void theRightPasswordSignsInAndAWrongOneIsRefusedInPlainEnglish() throws Exception {
        mvc.perform(formLogin("/sign-in").user("sjones").password("keston-demo"))
            .andExpect(authenticated().withUsername("sjones")).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/sign-in").user("sjones").password("wrong"))
            .andExpect(unauthenticated()).andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(get("/sign-in").param("error", ""))
            .andExpect(content().string(containsString("There is a problem")))
            .andExpect(content().string(containsString("Your sign-in name or password is not right")));
    }

    @Test
    void theSignInFormCarriesItsCsrfTokenAndNoDemoListUnlessTheDemoIsOn() throws Exception {
        mvc.perform(get("/sign-in"))
            .andExpect(content().string(containsString("name=\"_csrf\"")))
            .andExpect(content().string(not(containsString("Demo school sign-ins"))));
    }

    @Test
    void pagesNameThePersonSignedInAndOfferSignOut() throws Exception {
        mvc.perform(get("/").with(user("sjones")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Sarah Jones")))
            .andExpect(content().string(containsString("action=\"/sign-out\"")));
    }

    @Test
    void signingOutIsAPostThatEndsTheSession() throws Exception {
        mvc.perform(post("/sign-out").with(user("sjones")).with(csrf()))
            .andExpect(redirectedUrl("/sign-in?signed-out")).andExpect(unauthenticated());
        mvc.perform(get("/sign-in").param("signed-out", ""))
            .andExpect(content().string(containsString("You have signed out.")));
    }

    @Test
    void aSessionThatTimedOutSendsThePersonToSignInAgainWithAReason() throws Exception {
        mvc.perform(get("/tasks").with(request -> {
            request.setRequestedSessionId("expired-session");
            request.setRequestedSessionIdValid(false);
            return request;
        })).andExpect(redirectedUrl("/sign-in?timed-out"));
        mvc.perform(get("/sign-in").param("timed-out", ""))
            .andExpect(content().string(containsString("had not done anything for 30 minutes")));
    }

    /** A form sent from a page whose session has gone is a timed-out sign-in, not an attack: say so. */
    @Test
    void aFormSentWithoutItsCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/official-use/request").with(user("sjones")).session(session))
            .andExpect(content().string(containsString("name=\"_csrf\"")));
        mvc.perform(post("/official-use/request").with(user("sjones")).session(session).param("purpose", "Class news"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/official-use/request").with(user("sjones")).with(csrf().useInvalidToken()).session(session)
                .param("purpose", "Class news"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/official-use/request").with(user("sjones")).param("purpose", "Class news"))
            .andExpect(redirectedUrl("/sign-in?timed-out"));
        assertThat(jdbc.sql("select count(*) from officialuse_official_user where person_id = ?")
            .param(person("sjones").id()).query(Integer.class).single()).isZero();
    }

    @Test
    void anUnknownPageSaysSoInPlainEnglish() throws Exception {
        mvc.perform(get("/no-such-page").with(user("sjones")))
            .andExpect(status().isNotFound());
    }

    @Test
    void pagesRunNoScript() throws Exception {
        mvc.perform(get("/sign-in"))
            .andExpect(header().string("Content-Security-Policy", containsString("script-src 'none'")))
            .andExpect(content().string(not(containsString("<script"))));
    }
}
