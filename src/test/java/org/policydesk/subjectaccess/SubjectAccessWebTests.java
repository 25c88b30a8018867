package org.policydesk.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.policydesk.WebTestSupport;
import org.policydesk.people.Person;
import org.policydesk.people.PersonKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The subject access pages over MockMvc: who may use them, starting a request, the pack, and sending. */
class SubjectAccessWebTests extends WebTestSupport {

    @Autowired SubjectAccess subjectAccess;

    private MockHttpServletRequestBuilder form(String url, String userId) {
        return post(url).with(user(userId)).with(csrf());
    }

    private MockHttpServletRequestBuilder startFor(Person person, String userId, LocalDate received) {
        return form("/admin/subject-access/new", userId).param("personId", String.valueOf(person.id()))
            .param("receivedDay", String.valueOf(received.getDayOfMonth()))
            .param("receivedMonth", String.valueOf(received.getMonthValue()))
            .param("receivedYear", String.valueOf(received.getYear())).param("receivedHow", "EMAIL");
    }

    @Test
    void theOfficeRecordsARequestSeesItDueAndDownloadsThePackAndSummary() throws Exception {
        mvc.perform(get("/admin/subject-access/new").with(user("okowalski")))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Emma Brown, parent or carer")));
        LocalDate received = LocalDate.now().minusDays(5);
        MvcResult started = mvc.perform(startFor(emma(), "okowalski", received)).andReturn();

        long id = onlyRequest();
        assertThat(started.getResponse().getRedirectedUrl()).isEqualTo("/admin/subject-access/" + id);
        assertThat((String) started.getFlashMap().get("notice")).contains("SAR-" + String.format("%04d", id));
        long days = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(), received.plusMonths(1));
        mvc.perform(get("/admin/subject-access").with(user("okowalski")))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Emma Brown")))
            .andExpect(content().string(containsString("due in " + days + " days")));
        mvc.perform(get("/admin/subject-access/" + id).with(user("okowalski")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("/admin/subject-access/" + id + "/pack")))
            .andExpect(content().string(containsString("/admin/subject-access/" + id + "/summary")))
            .andExpect(content().string(containsString("/admin/subject-access/check/")));
        mvc.perform(get("/admin/subject-access/" + id + "/pack").with(user("okowalski")))
            .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/zip"))
            .andExpect(header().string("Content-Disposition", containsString("SAR-")));
        mvc.perform(get("/admin/subject-access/" + id + "/summary").with(user("hellis")))
            .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"));
        assertThat(auditActions(SubjectAccessProcess.RECORD_TYPE, id)).containsSubsequence(
            "subject-access-request-received", "subject-access-pack-produced", "subject-access-pack-downloaded",
            "subject-access-pack-downloaded");
    }

    @Test
    void anOldRequestShowsAsOverdueAndTheCheckFormIsInTheTaskList() throws Exception {
        long id = subjectAccess.start(actor("okowalski"), emma().id(), null, LocalDate.now().minusMonths(2),
            ReceivedHow.LETTER);
        Task check = openTask(SubjectAccessProcess.TASK_CHECK_AND_SEND, id);

        mvc.perform(get("/admin/subject-access").with(user("hellis")))
            .andExpect(content().string(containsString("days overdue")));
        mvc.perform(get("/tasks").param("tab", "groups").with(user("okowalski")))
            .andExpect(content().string(containsString("Check and send the response")))
            .andExpect(content().string(containsString("/admin/subject-access/check/" + check.getId())))
            .andExpect(content().string(containsString("Emma Brown")));
        mvc.perform(get("/admin/subject-access/check/" + check.getId()).with(user("hellis")))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Record the response as sent")));

        LocalDate today = LocalDate.now();
        mvc.perform(form("/admin/subject-access/check/" + check.getId(), "hellis")
                .param("sentDay", String.valueOf(today.getDayOfMonth()))
                .param("sentMonth", String.valueOf(today.getMonthValue()))
                .param("sentYear", String.valueOf(today.getYear())).param("sentHow", "POST")
                .param("note", "Checked the letters."))
            .andExpect(redirectedUrl("/admin/subject-access/" + id))
            .andExpect(flash().attribute("notice", containsString("recorded as sent")));

        SubjectAccessRequest sent = subjectAccess.get(actor("hellis"), id);
        assertThat(sent.status()).isEqualTo(RequestStatus.SENT);
        assertThat(sent.sentHow()).isEqualTo(SentHow.POST);
        mvc.perform(get("/admin/subject-access/" + id).with(user("hellis")))
            .andExpect(content().string(containsString("sent late")))
            .andExpect(content().string(not(containsString("Produce the pack again"))));
    }

    @Test
    void aFormWithoutADateOrWithAnUnknownWayIsShownAgainAndStartsNothing() throws Exception {
        mvc.perform(form("/admin/subject-access/new", "okowalski").param("personId", String.valueOf(emma().id()))
                .param("receivedHow", "EMAIL"))
            .andExpect(redirectedUrl("/admin/subject-access/new"))
            .andExpect(flash().attribute("formErrors", List.of(
                new org.policydesk.web.FormError(null, "Enter the date the request was received."))));
        mvc.perform(startFor(emma(), "okowalski", LocalDate.now()).param("receivedHow", "CARRIER_PIGEON"))
            .andExpect(redirectedUrl("/admin/subject-access/new"));
        assertThat(requestCount()).isZero();
    }

    @Test
    void governorsStaffAndTheDeputyAreRefusedAndNothingIsStarted() throws Exception {
        for (String userId : List.of("cwhitfield", "hnguyen", "sjones", "dmensah", "ppatel")) {
            mvc.perform(get("/admin/subject-access").with(user(userId))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/subject-access/new").with(user(userId))).andExpect(status().isForbidden());
            mvc.perform(startFor(emma(), userId, LocalDate.now())).andExpect(status().isForbidden());
        }
        assertThat(requestCount()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(SubjectAccessProcess.KEY).count())
            .isZero();
        mvc.perform(get("/").with(user("cwhitfield"))).andExpect(content().string(not(containsString("Subject access"))));
        mvc.perform(get("/").with(user("itadmin"))).andExpect(content().string(containsString("Subject access")));
    }

    @Test
    void aGovernorCannotOpenAPackOrSendTheResponseAndTheAdministratorCannotSendIt() throws Exception {
        long id = subjectAccess.start(actor("okowalski"), emma().id(), null, LocalDate.now(), ReceivedHow.PHONE);
        Task check = openTask(SubjectAccessProcess.TASK_CHECK_AND_SEND, id);

        mvc.perform(get("/admin/subject-access/" + id).with(user("cwhitfield"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/subject-access/" + id + "/pack").with(user("cwhitfield"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/subject-access/check/" + check.getId()).with(user("itadmin")))
            .andExpect(status().isForbidden());
        mvc.perform(form("/admin/subject-access/check/" + check.getId(), "cwhitfield").param("sentDay", "1")
                .param("sentMonth", "1").param("sentYear", "2026").param("sentHow", "POST"))
            .andExpect(status().isForbidden());
        mvc.perform(form("/admin/subject-access/" + id + "/pack", "sjones")).andExpect(status().isForbidden());

        assertThat(subjectAccess.get(actor("okowalski"), id).status()).isEqualTo(RequestStatus.PACK_READY);
        assertThat(auditActions(SubjectAccessProcess.RECORD_TYPE, id)).doesNotContain("subject-access-pack-downloaded",
            "subject-access-response-sent");
        assertThat(openTask(SubjectAccessProcess.TASK_CHECK_AND_SEND, id)).isNotNull();
    }

    private Person emma() {
        return people.ofKind("keston", PersonKind.PARENT).stream()
            .filter(person -> person.fullName().equals("Emma Brown")).findFirst().orElseThrow();
    }

    private long onlyRequest() {
        return jdbc.sql("select id from subject_access_request").query(Long.class).single();
    }

    private long requestCount() {
        return jdbc.sql("select count(*) from subject_access_request").query(Long.class).single();
    }
}
