package org.policydesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policydesk.WebTestSupport;
import org.policydesk.audit.AuditEntry;
import org.policydesk.documents.PdfText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The accounts register and the one way to see a password: only the Head Teacher or the office,
 * only after typing a reason, shown once with no-store and audited; everyone else is refused
 * with 403 even for a crafted request, and the secret never reaches a page, a download or the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class AccountWebTests extends WebTestSupport {

    private static final String SECRET = "Known-Secret-Lantern-42";

    @Autowired AccountRegister accounts;

    private long account;

    @BeforeEach
    void anInstagramAccountWithAKnownPassword() {
        account = accounts.record(actor("okowalski"), person("hellis").id(),
            new AccountDetails("Instagram", "@kestonprimary", "kestonprimary", Secret.of(SECRET)));
    }

    private MockHttpServletRequestBuilder reveal(String userId, String reason) {
        MockHttpServletRequestBuilder request = post("/accounts/" + account + "/reveal").with(user(userId)).with(csrf());
        return reason == null ? request : request.param("reason", reason);
    }

    private long reveals() {
        return audit.entriesFor("account", account).stream()
            .filter(entry -> entry.action().equals("account-secret-revealed")).count();
    }

    @Test
    void aGovernorCannotOpenAnAccountSecretEvenWithACraftedRequest() throws Exception {
        mvc.perform(get("/accounts").with(user("sobrien")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("@kestonprimary")))
            .andExpect(content().string(not(containsString("/reveal"))))
            .andExpect(content().string(not(containsString(SECRET))));
        mvc.perform(get("/accounts/" + account + "/reveal").with(user("sobrien"))).andExpect(status().isForbidden());
        mvc.perform(reveal("sobrien", "Governors' meeting"))
            .andExpect(status().isForbidden())
            .andExpect(content().string(containsString("Only the Head Teacher or the school office may see")))
            .andExpect(content().string(not(containsString(SECRET))));
        mvc.perform(reveal("cwhitfield", "Chair's check")).andExpect(status().isForbidden());
        mvc.perform(reveal("sobrien", null)).andExpect(status().isForbidden());

        assertThat(reveals()).isZero();
    }

    @Test
    void staffCannotSeeTheRegisterOrOpenASecret() throws Exception {
        mvc.perform(get("/accounts").with(user("tbaker"))).andExpect(status().isForbidden());
        mvc.perform(get("/accounts/" + account).with(user("tbaker"))).andExpect(status().isForbidden());
        mvc.perform(get("/accounts/" + account + "/reveal").with(user("tbaker"))).andExpect(status().isForbidden());
        mvc.perform(reveal("tbaker", "Curious")).andExpect(status().isForbidden())
            .andExpect(content().string(not(containsString(SECRET))));
        mvc.perform(reveal("dmensah", "Deputy")).andExpect(status().isForbidden());
        mvc.perform(get("/registers/accounts.xlsx").with(user("tbaker"))).andExpect(status().isForbidden());
        mvc.perform(get("/").with(user("tbaker"))).andExpect(content().string(not(containsString("href=\"/accounts\""))));

        assertThat(reveals()).isZero();
    }

    @Test
    void theOfficeSeesThePasswordOnceAfterGivingAReasonAndTheAuditShowsIt(CapturedOutput output) throws Exception {
        MvcResult refused = mvc.perform(reveal("okowalski", "  "))
            .andExpect(redirectedUrl("/accounts/" + account + "/reveal")).andReturn();
        mvc.perform(get("/accounts/" + account + "/reveal").with(user("okowalski")).flashAttrs(refused.getFlashMap()))
            .andExpect(content().string(containsString("<a href=\"#reason\">Say why you need to see the password</a>")))
            .andExpect(content().string(not(containsString(SECRET))));
        assertThat(reveals()).isZero();

        mvc.perform(get("/accounts").with(user("okowalski")))
            .andExpect(content().string(containsString("/accounts/" + account + "/reveal")))
            .andExpect(content().string(not(containsString(SECRET))));
        MvcResult shown = mvc.perform(reveal("okowalski", "Posting sports day photos while Helen is away"))
            .andExpect(status().isOk())
            .andExpect(header().string("Cache-Control", containsString("no-store")))
            .andExpect(content().string(containsString(SECRET)))
            .andReturn();

        assertThat(shown.getFlashMap().isEmpty()).isTrue();
        assertThat(shown.getResponse().getRedirectedUrl()).isNull();
        assertThat(output.getAll()).doesNotContain(SECRET);
        AuditEntry entry = audit.entriesFor("account", account).stream()
            .filter(e -> e.action().equals("account-secret-revealed")).findFirst().orElseThrow();
        assertThat(entry.actor()).isEqualTo("okowalski");
        assertThat(entry.reason()).isEqualTo("Posting sports day photos while Helen is away");
        assertThat(entry.toString()).doesNotContain(SECRET);
        mvc.perform(get("/accounts/" + account).with(user("hnguyen")))
            .andExpect(content().string(containsString("Password shown")))
            .andExpect(content().string(containsString("Posting sports day photos while Helen is away")))
            .andExpect(content().string(not(containsString(SECRET))));
    }

    @Test
    void theHeadTeacherMayAlsoSeeAPasswordWithAReason() throws Exception {
        mvc.perform(get("/accounts/" + account + "/reveal").with(user("hellis"))).andExpect(status().isOk());
        mvc.perform(reveal("hellis", "Checking the account after a report"))
            .andExpect(status().isOk()).andExpect(content().string(containsString(SECRET)));
        assertThat(reveals()).isOne();
    }

    @Test
    void theRegisterFiltersAndDownloadsWithoutEverCarryingASecret() throws Exception {
        accounts.cancel(actor("okowalski"), account, "No longer used");

        mvc.perform(get("/accounts?status=active").with(user("cwhitfield")))
            .andExpect(content().string(containsString("facebook.com/KestonPrimary")))
            .andExpect(content().string(not(containsString("@kestonprimary"))))
            .andExpect(content().string(containsString("/registers/accounts.pdf?status=active")));
        mvc.perform(get("/accounts?platform=instagram").with(user("cwhitfield")))
            .andExpect(content().string(containsString("@kestonprimary")))
            .andExpect(content().string(containsString("Cancelled")))
            .andExpect(content().string(not(containsString("facebook.com/KestonPrimary"))));

        MvcResult pdf = mvc.perform(get("/registers/accounts.pdf?status=cancelled").with(user("hnguyen")))
            .andExpect(status().isOk()).andReturn();
        assertThat(PdfText.text(pdf.getResponse().getContentAsByteArray()))
            .contains("@kestonprimary", "Helen Ellis").doesNotContain("facebook.com", SECRET);
        MvcResult xlsx = mvc.perform(get("/registers/accounts.xlsx").with(user("hnguyen")))
            .andExpect(status().isOk()).andReturn();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()));
             XSSFExcelExtractor text = new XSSFExcelExtractor(workbook)) {
            assertThat(text.getText()).contains("@kestonprimary", "facebook.com/KestonPrimary").doesNotContain(SECRET);
        }
    }
}
