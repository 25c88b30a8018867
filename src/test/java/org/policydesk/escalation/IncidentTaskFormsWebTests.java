package org.policydesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.policydesk.escalation.EscalationProcess.*;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.policydesk.WebTestSupport;
import org.policydesk.people.Person;
import org.policydesk.people.PersonKind;
import org.policydesk.web.FormError;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every user task of comment escalation through its form: what the form shows, its field-level
 * messages, and that sending it moves the incident on through {@link IncidentService}.
 */
class IncidentTaskFormsWebTests extends WebTestSupport {

    @Autowired IncidentService incidents;
    @Autowired ManagementService managementService;

    @Test
    void aParentsDefamatoryPostIsTriagedReportedToThePlatformCheckedTakenToLegalOptionsAndClosed() throws Exception {
        long id = report("Facebook", "The deputy head lies to parents", someone(PersonKind.PARENT, "Emma Brown"));

        String triage = formOf(TASK_TRIAGE, id);
        assertThat(triage).isEqualTo("/incidents/tasks/triage/" + openTask(TASK_TRIAGE, id).getId());
        mvc.perform(get(triage).with(user("hellis")))
            .andExpect(content().string(containsString("The deputy head lies to parents")))
            .andExpect(content().string(containsString("Emma Brown (parent or carer of Amelia Brown, from the people register)")))
            .andExpect(content().string(containsString("value=\"PARENT\"\n                   checked")));
        assertFieldErrors(triage, "hellis", List.of(), "whoPosted", "whatItIs");
        send(triage, "hellis", "whoPosted", "PARENT", "whatItIs", "DEFAMATORY", "serious", "true")
            .andExpect(redirectedUrl("/incidents/" + id))
            .andExpect(flash().attribute("notice", "The report is triaged: defamatory or libellous, posted by a parent or carer."));
        assertThat(incidents.get(id).serious()).isTrue();

        String reportAbuse = formOf(TASK_REPORT_ABUSE, id);
        mvc.perform(get("/incidents/" + id).with(user("hellis")))
            .andExpect(content().string(containsString("href=\"" + reportAbuse + "\"")))
            .andExpect(content().string(containsString("Waiting for the leadership team to take it")))
            .andExpect(content().string(containsString("due in 5 days")));
        assertFieldErrors(reportAbuse, "hellis", List.of(), "reportReference");
        send(reportAbuse, "hellis", "reportReference", "FB-99812").andExpect(redirectedUrl("/incidents/" + id));
        assertThat(incidents.get(id).platformReportReference()).isEqualTo("FB-99812");
        mvc.perform(get("/incidents/" + id).with(user("hellis")))
            .andExpect(content().string(containsString("Letter asking for the comment to be removed")))
            .andExpect(content().string(containsString("Waiting for the comment to be taken down. On ")))
            .andExpect(content().string(containsString("(in 3 days)")));

        fireRemovalFollowUp(id);
        String check = formOf(TASK_CHECK_REMOVAL, id);
        assertFieldErrors(check, "dmensah", List.of(), "removed", "stillSerious", "note");
        send(check, "dmensah", "removed", "false", "stillSerious", "true", "note", "Still on the group page on 9 March")
            .andExpect(flash().attribute("notice", "Recorded: the comment is still there."));
        assertThat(incidents.get(id).removed()).isFalse();

        String legal = formOf(TASK_LEGAL_OPTIONS, id);
        mvc.perform(get(legal).with(user("dmensah"))).andExpect(status().isForbidden());
        assertFieldErrors(legal, "cwhitfield", List.of("decision", "Seek advice"), "agreed");
        send(legal, "cwhitfield", "decision", "Ask the trust's solicitor to write to the parent", "agreed", "true")
            .andExpect(redirectedUrl("/incidents/" + id));
        assertThat(incidents.get(id).legalDecidedBy()).isEqualTo("cwhitfield");

        String close = formOf(TASK_CLOSE, id);
        assertFieldErrors(close, "dmensah", List.of(), "outcome", "note");
        MvcResult recorded = send(close, "dmensah", "outcome", "RECORDED", "note", "Done").andExpect(redirectedUrl(close)).andReturn();
        assertThat(errorsOf(recorded)).extracting(FormError::message)
            .containsExactly("Please choose the outcome: removed, not removed, referred or no action.");
        send(close, "dmensah", "outcome", "NOT_REMOVED", "note", "Solicitor's letter sent; the post is still up")
            .andExpect(flash().attribute("notice", "The incident is closed. Outcome: not removed."));

        Incident closed = incidents.get(id);
        assertThat(closed.status()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(closed.outcome()).isEqualTo(IncidentOutcome.NOT_REMOVED);
        assertThat(auditActions(RECORD_TYPE, id)).contains("incident-triaged", "abuse-reported-to-platform",
            "removal-letter-requested", "removal-checked", "final-letter-requested", "legal-options-decided",
            "incident-closed");
        mvc.perform(get("/incidents/" + id).with(user("dmensah")))
            .andExpect(content().string(containsString("Outcome: <strong>Not removed</strong>")))
            .andExpect(content().string(containsString("Final letter before legal options")))
            .andExpect(content().string(containsString("Decided on legal options")));
    }

    @Test
    void racistContentByAParentGoesToThePoliceFirst() throws Exception {
        long id = triaged(report("Facebook", "(racist abuse)", someone(PersonKind.PARENT, "Fatima Wilson")),
            WhoPosted.PARENT, WhatItIs.RACIST);

        String police = formOf(TASK_INVOLVE_POLICE, id);
        mvc.perform(get(police).with(user("dmensah"))).andExpect(content().string(containsString("Crime reference")));
        assertFieldErrors(police, "dmensah", List.of(), "crimeReference");
        send(police, "dmensah", "crimeReference", "01/123456/26").andExpect(redirectedUrl("/incidents/" + id));
        assertThat(incidents.get(id).crimeReference()).isEqualTo("01/123456/26");
    }

    @Test
    void aClassTeacherTalksToThePupilFromTheFormAndGoesHomeAsTheyMayNotReadTheRegister() throws Exception {
        long id = triaged(report("TikTok", "Our teacher gave us SO much homework", someone(PersonKind.PUPIL, "Oliver Smith")),
            WhoPosted.PUPIL, WhatItIs.NEGATIVE);

        String talk = formOf(TASK_TALK_TO_PUPIL, id);
        mvc.perform(get(talk).with(user("tbaker"))).andExpect(content().string(containsString("Oliver Smith")))
            .andExpect(content().string(not(containsString("See the whole incident"))));
        assertFieldErrors(talk, "tbaker", List.of(), "note");
        send(talk, "tbaker", "note", "Talked at break; Oliver will take the video down")
            .andExpect(redirectedUrl("/"))
            .andExpect(flash().attribute("notice", "Your conversation with the pupil is recorded."));
        assertThat(auditActions(RECORD_TYPE, id)).contains("pupil-spoken-to");
        assertThat(openTask(TASK_CLOSE, id)).isNotNull();
    }

    @Test
    void theHeadTeacherRemindsAnEmployeeOfThePolicyAndRefersAnotherForDisciplinaryAction() throws Exception {
        long reminder = triaged(report("X", "Management here is a joke", someone(PersonKind.EMPLOYEE, "Tom Baker")),
            WhoPosted.EMPLOYEE, WhatItIs.NEGATIVE);
        long referral = triaged(report("X", "Everyone complain about the head", someone(PersonKind.EMPLOYEE, "Zoë Adams")),
            WhoPosted.EMPLOYEE, WhatItIs.COMPLAINT);

        String remind = formOf(TASK_REMIND_OF_POLICY, reminder);
        mvc.perform(get(remind).with(user("dmensah"))).andExpect(status().isForbidden());
        assertFieldErrors(remind, "hellis", List.of(), "note");
        send(remind, "hellis", "note", "Met Tom on 4 March and went through the policy").andExpect(redirectedUrl("/incidents/" + reminder));

        String refer = formOf(TASK_REFER_FOR_DISCIPLINARY, referral);
        assertFieldErrors(refer, "hellis", List.of(), "note");
        send(refer, "hellis", "note", "Referred to the HR adviser under stage 1").andExpect(redirectedUrl("/incidents/" + referral));
        assertThat(auditActions(RECORD_TYPE, reminder)).contains("policy-reminder-given");
        assertThat(auditActions(RECORD_TYPE, referral)).contains("disciplinary-referral-made");
    }

    @Test
    void onlineBullyingByAPupilOpensAnAntiBullyingCase() throws Exception {
        long id = triaged(report("Snapchat", "Nobody likes you, don't come back", someone(PersonKind.PUPIL, "Noah Wilson")),
            WhoPosted.PUPIL, WhatItIs.BULLYING);

        String antiBullying = formOf(TASK_ANTI_BULLYING, id);
        assertFieldErrors(antiBullying, "dmensah", List.of(), "caseReference");
        send(antiBullying, "dmensah", "caseReference", "AB-2026-04").andExpect(redirectedUrl("/incidents/" + id));
        assertThat(incidents.get(id).antiBullyingReference()).isEqualTo("AB-2026-04");
    }

    @Test
    void theTaskListNamesAnIncidentByReferenceAndPlatformNeverByWhoPostedIt() throws Exception {
        report("Facebook", "The deputy head lies to parents", someone(PersonKind.PARENT, "Emma Brown"));

        mvc.perform(get("/tasks?tab=groups").with(user("dmensah")))
            .andExpect(content().string(containsString("INC-0001, comment on Facebook")))
            .andExpect(content().string(not(containsString("Emma Brown"))));
        mvc.perform(get("/tasks/" + openTask(TASK_TRIAGE, 1).getId()).with(user("dmensah")))
            .andExpect(redirectedUrl(formOf(TASK_TRIAGE, 1)));
    }

    private long report(String platform, String content, Person poster) {
        return incidents.report(actor("sjones"), ReportedComment.of(platform, content).postedBy(null, poster.id()));
    }

    private long triaged(long id, WhoPosted whoPosted, WhatItIs whatItIs) {
        incidents.triage(actor("dmensah"), openTask(TASK_TRIAGE, id).getId(), new Triage(whoPosted, whatItIs, false, false));
        return id;
    }

    private Person someone(PersonKind kind, String name) {
        return people.ofKind("keston", kind).stream().filter(person -> person.fullName().equals(name)).findFirst()
            .orElseThrow();
    }

    private String formOf(String taskKey, long id) {
        return IncidentForm.forTaskKey(taskKey).orElseThrow().path(openTask(taskKey, id).getId());
    }

    private void fireRemovalFollowUp(long id) {
        String instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(String.valueOf(id))
            .singleResult().getId();
        Job timer = managementService.createJobQuery().processInstanceId(instance).activityId(TIMER_REMOVAL_FOLLOW_UP)
            .timers().singleResult();
        managementService.executeJob(timer.getId());
    }

    private org.springframework.test.web.servlet.ResultActions send(String url, String userId, String... fields) throws Exception {
        MockHttpServletRequestBuilder request = post(url).with(user(userId)).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request);
    }

    /** Sending the form with only these fields comes back to it with a message on each named field, and changes nothing. */
    private void assertFieldErrors(String url, String userId, List<String> fields, String... expected) throws Exception {
        List<String> before = auditActions(RECORD_TYPE, incidentOf(url));
        MvcResult refused = send(url, userId, fields.toArray(String[]::new)).andExpect(redirectedUrl(url)).andReturn();
        assertThat(errorsOf(refused)).extracting(FormError::field).containsExactly(expected);
        mvc.perform(get(url).with(user(userId)).flashAttrs(refused.getFlashMap()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("There is a problem")))
            .andExpect(content().string(containsString("id=\"" + expected[0] + "-error\"")));
        assertThat(auditActions(RECORD_TYPE, incidentOf(url))).isEqualTo(before);
    }

    private long incidentOf(String url) {
        String taskId = url.substring(url.lastIndexOf('/') + 1);
        return Long.parseLong(runtimeService.createProcessInstanceQuery()
            .processInstanceId(taskService.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId())
            .singleResult().getBusinessKey());
    }

    @SuppressWarnings("unchecked")
    private static List<FormError> errorsOf(MvcResult refused) {
        return (List<FormError>) refused.getFlashMap().get("formErrors");
    }
}
