package org.policydesk.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policydesk.MovableClock;
import org.policydesk.WebTestSupport;
import org.policydesk.audit.AuditChain;
import org.policydesk.audit.AuditEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signing in and out over the real sign-in form: every sign-in, failure and sign-out is on the
 * audit trail with who, what, which sign-in and from where (never the password); failures in a
 * row throttle the name and then lock it, with an audit entry, until an administrator re-enables
 * it; and the page says so the same way whether or not the name exists.
 */
@Import(MovableClock.Configuration.class)
class SignInAuditWebTests extends WebTestSupport {

    private static final String RIGHT = "keston-demo";
    private static final String WRONG = "Tr0ub4dor&3-not-it";
    private static final String FROM = "203.0.113.7";

    @Autowired MovableClock clock;
    @Autowired AuditChain chain;

    @BeforeEach
    void timeAsItIs() {
        clock.reset();
    }

    @Test
    void aSignInAndASignOutAreAuditedWithWhoWhatAndFromWhere() throws Exception {
        mvc.perform(signIn("sjones", RIGHT)).andExpect(authenticated().withUsername("sjones")).andExpect(redirectedUrl("/"));
        mvc.perform(post("/sign-out").with(user("sjones")).with(csrf()).with(from("198.51.100.23")))
            .andExpect(redirectedUrl("/sign-in?signed-out"));

        List<AuditEntry> entries = audit.entriesFor(SignInGuard.RECORD_TYPE, "sjones");
        assertThat(entries).extracting(AuditEntry::action).containsExactly("signed-in", "signed-out");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("sjones");
            assertThat(entry.schoolId()).isEqualTo("keston");
        });
        assertThat(entries).extracting(AuditEntry::origin).containsExactly(FROM, "198.51.100.23");
        assertThat(chain.verify("keston").intact()).isTrue();
    }

    @Test
    void aFailedSignInIsAuditedWithTheNameTriedAndNeverThePassword() throws Exception {
        mvc.perform(signIn("sjones", WRONG)).andExpect(unauthenticated()).andExpect(redirectedUrl("/sign-in?error"));

        AuditEntry failed = single("sjones");
        assertThat(failed.action()).isEqualTo("sign-in-failed");
        assertThat(failed.actor()).isEqualTo(SignInGuard.NOT_SIGNED_IN);
        assertThat(failed.recordType()).isEqualTo("sign-in");
        assertThat(failed.recordId()).isEqualTo("sjones");
        assertThat(failed.origin()).isEqualTo(FROM);
        assertThat(failed.detail()).contains("sjones", "not right", "1 failure");
        assertThat(jdbc.sql("select count(*) from audit_entry where detail like ? or reason like ? or record_id like ?")
            .params("%Tr0ub4dor%", "%Tr0ub4dor%", "%Tr0ub4dor%").query(Integer.class).single()).isZero();
    }

    @Test
    void aFailedSignInWithANameNobodyHasLandsInTheSchoolsTrailWithoutTheTypedName() throws Exception {
        // People type their password into the name box: what they typed must not be kept for years.
        mvc.perform(signIn("Mallory\t", WRONG)).andExpect(unauthenticated());

        AuditEntry failed = single("(unknown name)");
        assertThat(failed.schoolId()).isEqualTo("keston");
        assertThat(failed.detail()).contains("does not have").doesNotContainIgnoringCase("mallory");
        assertThat(jdbc.sql("select count(*) from audit_entry where lower(detail) like '%mallory%' or lower(record_id) like '%mallory%'")
            .query(Integer.class).single()).isZero();
    }

    @Test
    void fromTheFifthFailureInARowTriesAreRefusedForAGrowingDelayEvenWithTheRightPassword() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn("sjones", WRONG)).andExpect(redirectedUrl("/sign-in?error"));
        }
        assertThat(single("sjones", 4).detail()).contains("5 failures in a row", "refused for 30 seconds");

        MvcResult refused = mvc.perform(signIn("sjones", RIGHT)).andExpect(unauthenticated())
            .andExpect(redirectedUrl("/sign-in?error")).andReturn();
        assertThat(refusalPage(refused)).contains("Too many failed sign-ins").doesNotContain("password is not right");

        clock.advance(Duration.ofSeconds(31));
        mvc.perform(signIn("sjones", WRONG)).andExpect(unauthenticated());
        assertThat(single("sjones", 5).detail()).contains("6 failures in a row", "refused for 60 seconds");
        clock.advance(Duration.ofSeconds(31));
        mvc.perform(signIn("sjones", RIGHT)).andExpect(unauthenticated());
        clock.advance(Duration.ofSeconds(30));
        mvc.perform(signIn("sjones", RIGHT)).andExpect(authenticated().withUsername("sjones"));

        assertThat(jdbc.sql("select count(*) from sign_in_attempt").query(Integer.class).single()).isZero();
    }

    @Test
    void failuresAnHourApartStartCountingAgain() throws Exception {
        for (int i = 0; i < 4; i++) {
            mvc.perform(signIn("sjones", WRONG));
        }
        clock.advance(Duration.ofMinutes(61));
        mvc.perform(signIn("sjones", WRONG));

        assertThat(single("sjones", 4).detail()).contains("(1 failure)");
        mvc.perform(signIn("sjones", RIGHT)).andExpect(authenticated());
    }

    @Test
    void theTenthFailureLocksTheSignInWithAnAuditEntryUntilAnAdministratorReEnablesIt() throws Exception {
        failTenTimes("sjones");

        List<AuditEntry> entries = audit.entriesFor(SignInGuard.RECORD_TYPE, "sjones");
        AuditEntry lock = entries.get(entries.size() - 1);
        assertThat(lock.action()).isEqualTo("sign-in-locked");
        assertThat(lock.actor()).isEqualTo("policydesk");
        assertThat(lock.origin()).isEqualTo(FROM);
        assertThat(lock.detail()).contains("locked after 10 failed sign-ins");

        // The lock is a database row, not memory: it outlasts the session, the day and a restart.
        assertThat(jdbc.sql("select locked_at from sign_in_attempt where user_name = 'sjones'")
            .query(LocalDateTime.class).single()).isNotNull();
        clock.advance(Duration.ofDays(3));
        MvcResult refused = mvc.perform(signIn("sjones", RIGHT)).andExpect(unauthenticated()).andReturn();
        assertThat(refusalPage(refused)).contains("Too many failed sign-ins", "ask your school");

        long id = person("sjones").id();
        mvc.perform(get("/admin/people").with(user("itadmin"))).andExpect(content().string(containsString("Locked")));
        mvc.perform(get("/admin/people/" + id).with(user("itadmin")))
            .andExpect(content().string(containsString("Locked after too many failed sign-ins")))
            .andExpect(content().string(containsString("/admin/people/" + id + "/re-enable")));
        mvc.perform(post("/admin/people/" + id + "/re-enable").with(user("hellis")).with(csrf()))
            .andExpect(status().isForbidden());
        mvc.perform(signIn("sjones", RIGHT)).andExpect(unauthenticated());
        MvcResult tooLong = mvc.perform(post("/admin/people/" + id + "/re-enable").with(user("itadmin")).with(csrf())
            .param("reEnableReason", "x".repeat(2_001))).andReturn();
        assertThat(String.valueOf(tooLong.getFlashMap().values())).contains("in 2,000 characters or fewer");
        assertThat(jdbc.sql("select locked_at from sign_in_attempt where user_name = 'sjones'")
            .query(LocalDateTime.class).optional()).isPresent();

        mvc.perform(post("/admin/people/" + id + "/re-enable").with(user("itadmin")).with(csrf()).with(from("192.0.2.10"))
                .param("reEnableReason", "Sarah forgot she had changed it"))
            .andExpect(redirectedUrl("/admin/people/" + id));
        List<AuditEntry> personTrail = audit.entriesFor("person", id);
        AuditEntry reEnabled = personTrail.get(personTrail.size() - 1);
        assertThat(reEnabled.action()).isEqualTo("sign-in-re-enabled");
        assertThat(reEnabled.actor()).isEqualTo("itadmin");
        assertThat(reEnabled.origin()).isEqualTo("192.0.2.10");
        assertThat(reEnabled.reason()).isEqualTo("Sarah forgot she had changed it");
        mvc.perform(get("/admin/people/" + id).with(user("itadmin")))
            .andExpect(content().string(not(containsString("Locked after too many failed sign-ins"))));

        mvc.perform(signIn("sjones", RIGHT)).andExpect(authenticated().withUsername("sjones"));
        assertThat(chain.verify("keston").intact()).isTrue();
    }

    @Test
    void failuresThatNoLongerCountAreForgottenButALockIsKept() throws Exception {
        mvc.perform(signIn("Typed-my-password-here", WRONG)).andExpect(unauthenticated());
        failTenTimes("tbaker");
        clock.advance(Duration.ofMinutes(61));

        mvc.perform(signIn("zadams", WRONG)).andExpect(unauthenticated());

        assertThat(jdbc.sql("select user_name from sign_in_attempt order by user_name").query(String.class).list())
            .containsExactly("tbaker", "zadams");
    }

    @Test
    void aNameNobodyHasIsThrottledAndLockedTheSameWaySoThePageTellsNothing() throws Exception {
        failTenTimes("nosuchperson");
        failTenTimes("tbaker");

        String unknown = message(refusalPage(mvc.perform(signIn("nosuchperson", "anything")).andReturn()));
        String known = message(refusalPage(mvc.perform(signIn("tbaker", RIGHT)).andReturn()));
        assertThat(unknown).contains("Too many failed sign-ins").isEqualTo(known);
        assertThat(audit.entriesFor(SignInGuard.RECORD_TYPE, "(unknown name)")).extracting(AuditEntry::action)
            .endsWith("sign-in-locked");
        assertThat(audit.entriesFor(SignInGuard.RECORD_TYPE, "nosuchperson")).isEmpty();
    }

    @Test
    void anAdministratorCannotReEnableASignInThatIsNotLocked() throws Exception {
        long id = person("sjones").id();
        MvcResult refused = mvc.perform(post("/admin/people/" + id + "/re-enable").with(user("itadmin")).with(csrf()))
            .andExpect(redirectedUrl("/admin/people/" + id + "/re-enable")).andReturn();
        mvc.perform(get("/admin/people/" + id + "/re-enable").with(user("itadmin")).flashAttrs(refused.getFlashMap()))
            .andExpect(content().string(containsString("Sarah Jones&#39;s sign-in is not locked.")));
        assertThat(audit.entriesFor("person", id)).extracting(AuditEntry::action).doesNotContain("sign-in-re-enabled");
    }

    /** Ten wrong passwords in a row, each after the delay the one before imposed, within the hour. */
    private void failTenTimes(String name) throws Exception {
        for (int i = 0; i < 10; i++) {
            mvc.perform(signIn(name, WRONG)).andExpect(redirectedUrl("/sign-in?error"));
            clock.advance(Duration.ofMinutes(16));
        }
    }

    private String refusalPage(MvcResult refused) throws Exception {
        MockHttpSession session = (MockHttpSession) refused.getRequest().getSession(false);
        return mvc.perform(get("/sign-in").param("error", "").session(session))
            .andReturn().getResponse().getContentAsString();
    }

    /** The page's message, without the parts that differ on every request (the CSRF token). */
    private static String message(String page) {
        return page.substring(page.indexOf("<main"), page.indexOf("<form"));
    }

    private AuditEntry single(String name) {
        List<AuditEntry> entries = audit.entriesFor(SignInGuard.RECORD_TYPE, name);
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    private AuditEntry single(String name, int index) {
        return audit.entriesFor(SignInGuard.RECORD_TYPE, name).get(index);
    }

    private static MockHttpServletRequestBuilder signIn(String name, String password) {
        return post("/sign-in").param("username", name).param("password", password).with(csrf()).with(from(FROM));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
