package org.policydesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.policydesk.escalation.EscalationProcess.*;

import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.policydesk.documents.Documents;
import org.policydesk.documents.IssuedDocument;
import org.policydesk.documents.OutputStore;
import org.policydesk.ProcessTestSupport;
import org.policydesk.people.Person;
import org.policydesk.people.PersonKind;
import org.policydesk.workflow.NotEntitledException;
import org.policydesk.workflow.StaleTaskException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Every path of {@code comment-escalation.bpmn}, from the report to the closed incident, checked
 * in the incident register, the letter requests and the audit trail as well as in the engine.
 */
class CommentEscalationProcessTests extends ProcessTestSupport {

    private static final String SCHOOL = "keston";

    /**
     * {@code @Primary} because ProcessEngineCoverageConfiguration also registers a default bean; with
     * two, the coverage listener's lookup fails and it silently falls back to no threshold and no exclusions.
     */
    @TestConfiguration
    static class Coverage {
        @Bean
        @Primary
        ProcessEngineCoverageProperties coverage() {
            return fullCoverageOf(EscalationProcess.KEY);
        }
    }

    @Autowired Documents documents;
    @Autowired OutputStore output;
    @Autowired IncidentService incidents;

    @Test
    void praiseByParentIsRecordedAndClosedWithoutAnyFurtherTask() {
        long id = report("sjones", "Facebook", "What a wonderful nativity play, thank you all!", parent("Emma Brown"));
        ProcessInstance process = instance(KEY, id);
        assertThat(process).isWaitingAt(TASK_TRIAGE);
        Task triage = task(process, TASK_TRIAGE);
        assertThat(triage.getDueDate()).isNotNull();
        assertThat(candidateGroups(triage)).containsExactly("leadership-team");
        assertThat(incidents.get(id).status()).isEqualTo(IncidentStatus.OPEN);

        fireTimer(process, TIMER_TRIAGE_REMINDER);
        triage(process, WhoPosted.PARENT, WhatItIs.PRAISE, false, false);

        assertThat(process).isEnded().hasPassed(ROUTE_COMMENT, "ServiceTask_CloseRecordedIncident", CLOSED_AS_RECORDED)
            .hasNotPassed(TASK_CLOSE);
        Incident incident = incidents.get(id);
        assertThat(incident.whoPosted()).isEqualTo(WhoPosted.PARENT);
        assertThat(incident.whatItIs()).isEqualTo(WhatItIs.PRAISE);
        assertThat(incident.triagedBy()).isEqualTo("dmensah");
        assertThat(incident.path()).isEqualTo(EscalationPath.RECORD);
        assertThat(incident.status()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(incident.outcome()).isEqualTo(IncidentOutcome.RECORDED);
        assertThat(incident.closedBy()).isEqualTo("policydesk");
        assertThat(incident.closedAt()).isNotNull();
        assertThat(incidents.letterRequests(id)).isEmpty();
        assertThat(auditActions(RECORD_TYPE, id)).containsExactly("incident-reported", "reminder-sent",
            "incident-triaged", "incident-routed", "incident-closed");
    }

    @Test
    void negativeCommentByPupilIsTalkedThroughByTheClassTeacher() {
        long id = report("tbaker", "Instagram", "School dinners are rubbish", pupil("Oliver Smith"));
        ProcessInstance process = instance(KEY, id);
        triage(process, WhoPosted.PUPIL, WhatItIs.NEGATIVE, false, false);

        assertThat(process).isWaitingAt(TASK_TALK_TO_PUPIL);
        assertThat(candidateGroups(task(process, TASK_TALK_TO_PUPIL))).containsExactly("staff");
        fireTimer(process, TIMER_TALK_REMINDER);
        incidents.recordTalkWithPupil(actor("sjones"), task(process, TASK_TALK_TO_PUPIL).getId(),
            "Talked with Oliver about fair comment and who to speak to.");
        assertThat(process).isWaitingAt(TASK_CLOSE);
        fireTimer(process, TIMER_CLOSE_REMINDER);
        close(process, IncidentOutcome.NO_ACTION);

        assertThat(process).isEnded().hasPassed(TASK_TALK_TO_PUPIL, TASK_CLOSE, CLOSED);
        Incident incident = incidents.get(id);
        assertThat(incident.path()).isEqualTo(EscalationPath.TALK_TO_PUPIL);
        assertThat(incident.outcome()).isEqualTo(IncidentOutcome.NO_ACTION);
        assertThat(incident.closedBy()).isEqualTo("dmensah");
        assertThat(incident.outcomeNote()).isEqualTo("Dealt with as the policy says.");
        assertThat(incidents.letterRequests(id)).isEmpty();
        assertThat(auditActions(RECORD_TYPE, id)).containsExactly("incident-reported", "incident-triaged",
            "incident-routed", "reminder-sent", "pupil-spoken-to", "reminder-sent", "incident-closed");
    }

    @Test
    void complaintByParentRequestsTheProperChannelsLetter() {
        Person father = parent("James Smith");
        long id = report("okowalski", "Facebook", "The head never listens, everyone complain here!", father);
        ProcessInstance process = instance(KEY, id);
        triage(process, WhoPosted.PARENT, WhatItIs.COMPLAINT, false, false);

        assertThat(process).hasPassed(PROPER_CHANNELS_LETTER).isWaitingAt(TASK_CLOSE);
        assertThat(incidents.letterRequests(id)).extracting(LetterRequest::letter, LetterRequest::addresseePersonId)
            .containsExactly(tuple(Letter.PROPER_CHANNELS, father.id()));
        close(process, IncidentOutcome.NO_ACTION);

        assertThat(process).isEnded();
        assertThat(incidents.get(id).path()).isEqualTo(EscalationPath.PROPER_CHANNELS);
        IssuedDocument letter = documents.issuedFor(RECORD_TYPE, id).get(0);
        assertThat(letter.kind()).isEqualTo("proper-channels");
        assertThat(pdfText(letter)).contains("James Smith", "Oliver", "Complaints Policy", "Facebook",
            String.format("INC-%04d", id));
        assertThat(auditActions(RECORD_TYPE, id)).containsExactly("incident-reported", "incident-triaged",
            "incident-routed", "proper-channels-letter-requested", "document-issued", "incident-closed");
    }

    @Test
    void complaintByEmployeeIsReferredForDisciplinaryByTheHeadTeacher() {
        long id = report("zadams", "X", "Management here is a joke #KestonPrimary", person("tbaker"));
        ProcessInstance process = instance(KEY, id);
        triage(process, WhoPosted.EMPLOYEE, WhatItIs.COMPLAINT, false, false);

        assertThat(process).isWaitingAt(TASK_REFER_FOR_DISCIPLINARY);
        Task referral = task(process, TASK_REFER_FOR_DISCIPLINARY);
        assertThat(candidateGroups(referral)).containsExactly("head-teacher");
        assertThat(incidents.get(id).actionGroup()).isEqualTo("head-teacher");
        assertThatThrownBy(() -> incidents.recordDisciplinaryReferral(actor("dmensah"), referral.getId(), "Referred"))
            .isInstanceOf(NotEntitledException.class);
        fireTimer(process, TIMER_DISCIPLINARY_REMINDER);
        incidents.recordDisciplinaryReferral(actor("hellis"), referral.getId(), "Referred under the disciplinary policy.");
        close(process, IncidentOutcome.REFERRED);

        assertThat(process).isEnded().hasPassed(TASK_REFER_FOR_DISCIPLINARY, CLOSED);
        Incident incident = incidents.get(id);
        assertThat(incident.path()).isEqualTo(EscalationPath.DISCIPLINARY);
        assertThat(incident.outcome()).isEqualTo(IncidentOutcome.REFERRED);
        assertThat(auditActions(RECORD_TYPE, id)).containsExactly("incident-reported", "incident-triaged",
            "incident-routed", "reminder-sent", "disciplinary-referral-made", "incident-closed");
    }

    @Test
    void negativeCommentByGovernorGoesToTheChairForAPolicyReminder() {
        long id = report("hellis", "Facebook", "Not impressed with the new reading scheme", person("hnguyen"));
        ProcessInstance process = instance(KEY, id);
        triage(process, WhoPosted.GOVERNOR, WhatItIs.NEGATIVE, false, false);

        assertThat(process).isWaitingAt(TASK_REMIND_OF_POLICY);
        Task reminder = task(process, TASK_REMIND_OF_POLICY);
        assertThat(candidateGroups(reminder)).containsExactly("chair-of-governors");
        assertThatThrownBy(() -> incidents.recordPolicyReminder(actor("hellis"), reminder.getId(), "Reminded"))
            .isInstanceOf(NotEntitledException.class);
        fireTimer(process, TIMER_POLICY_REMINDER_REMINDER);
        incidents.recordPolicyReminder(actor("cwhitfield"), reminder.getId(), "Spoke to Hương after the board meeting.");
        close(process, IncidentOutcome.NO_ACTION);

        assertThat(process).isEnded().hasPassed(TASK_REMIND_OF_POLICY, CLOSED);
        Incident incident = incidents.get(id);
        assertThat(incident.path()).isEqualTo(EscalationPath.POLICY_REMINDER);
        assertThat(incident.actionGroup()).isEqualTo("chair-of-governors");
        assertThat(audit.entriesFor(RECORD_TYPE, id)).filteredOn(entry -> entry.action().equals("policy-reminder-given"))
            .singleElement().satisfies(entry -> assertThat(entry.actor()).isEqualTo("cwhitfield"));
        assertThat(auditActions(RECORD_TYPE, id)).containsExactly("incident-reported", "incident-triaged",
            "incident-routed", "reminder-sent", "policy-reminder-given", "incident-closed");
    }

    @Test
    void defamatoryPostByParentRemovedBeforeDeadlineClosesWithoutLegalReview() {
        Person mother = parent("Fatima Wilson");
        long id = report("sjones", "Facebook", "Mrs Jones is a liar and steals from the school", mother);
        ProcessInstance process = instance(KEY, id);
        triage(process, WhoPosted.PARENT, WhatItIs.DEFAMATORY, false, false);

        assertThat(process).isWaitingAt(TASK_REPORT_ABUSE);
        fireTimer(process, TIMER_REPORT_ABUSE_REMINDER);
        incidents.recordPlatformReport(actor("dmensah"), task(process, TASK_REPORT_ABUSE).getId(), "FB-REPORT-88121");
        assertThat(process).hasPassed(REMOVAL_LETTER).isWaitingAt(TIMER_REMOVAL_FOLLOW_UP);
        fireTimer(process, TIMER_REMOVAL_FOLLOW_UP);
        assertThat(process).isWaitingAt(TASK_CHECK_REMOVAL);
        fireTimer(process, TIMER_CHECK_REMOVAL_REMINDER);
        checkRemoval(process, true, false);
        close(process, IncidentOutcome.REMOVED);

        assertThat(process).isEnded().hasNotPassed(FINAL_LETTER, TASK_LEGAL_OPTIONS);
        Incident incident = incidents.get(id);
        assertThat(incident.path()).isEqualTo(EscalationPath.REMOVAL);
        assertThat(incident.reportAbuse()).isTrue();
        assertThat(incident.removalLetter()).isTrue();
        assertThat(incident.platformReportReference()).isEqualTo("FB-REPORT-88121");
        assertThat(incident.removed()).isTrue();
        assertThat(incident.stillSerious()).isFalse();
        assertThat(incident.outcome()).isEqualTo(IncidentOutcome.REMOVED);
        assertThat(incidents.letterRequests(id)).extracting(LetterRequest::letter, LetterRequest::addresseePersonId)
            .containsExactly(tuple(Letter.REMOVAL_REQUEST, mother.id()));
        assertThat(auditActions(RECORD_TYPE, id)).containsExactly("incident-reported", "incident-triaged",
            "incident-routed", "reminder-sent", "abuse-reported-to-platform", "removal-letter-requested", "document-issued",
            "reminder-sent", "removal-checked", "incident-closed");
    }

    @Test
    void defamatoryPostByParentNotRemovedGetsFinalLetterThenLegalOptions() {
        Person mother = parent("Fatima Wilson");
        long id = report("sjones", "Facebook", "The school covers up abuse, I have proof", mother);
        ProcessInstance process = instance(KEY, id);
        triage(process, WhoPosted.PARENT, WhatItIs.DEFAMATORY, true, false);
        incidents.recordPlatformReport(actor("dmensah"), task(process, TASK_REPORT_ABUSE).getId(), "FB-REPORT-90001");
        fireTimer(process, TIMER_REMOVAL_FOLLOW_UP);
        checkRemoval(process, false, true);

        assertThat(process).hasPassed(FINAL_LETTER).isWaitingAt(TASK_LEGAL_OPTIONS);
        Task legal = task(process, TASK_LEGAL_OPTIONS);
        assertThat(candidateGroups(legal)).containsExactlyInAnyOrder("head-teacher", "chair-of-governors");
        assertThat(legal.getDueDate()).isNotNull();
        assertThatThrownBy(() -> incidents.recordLegalDecision(actor("cwhitfield"), legal.getId(),
                "Instruct the school's solicitors", false))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must both agree");
        assertThat(incidents.get(id).legalDecision()).isNull();
        assertThatThrownBy(() -> incidents.recordLegalDecision(actor("dmensah"), legal.getId(), "Sue", true))
            .isInstanceOf(NotEntitledException.class);
        fireTimer(process, TIMER_LEGAL_OPTIONS_REMINDER);
        incidents.recordLegalDecision(actor("cwhitfield"), legal.getId(),
            "Instruct the local authority's solicitors to write to the parent.", true);
        close(process, IncidentOutcome.NOT_REMOVED);

        assertThat(process).isEnded().hasPassed(TASK_LEGAL_OPTIONS, CLOSED);
        Incident incident = incidents.get(id);
        assertThat(incident.serious()).isTrue();
        assertThat(incident.removed()).isFalse();
        assertThat(incident.legalDecision()).startsWith("Instruct the local authority's solicitors");
        assertThat(incident.legalDecidedBy()).isEqualTo("cwhitfield");
        assertThat(incident.legalAgreed()).isTrue();
        assertThat(incident.outcome()).isEqualTo(IncidentOutcome.NOT_REMOVED);
        assertThat(incidents.letterRequests(id)).extracting(LetterRequest::letter, LetterRequest::addresseePersonId)
            .containsExactly(tuple(Letter.REMOVAL_REQUEST, mother.id()), tuple(Letter.FINAL_BEFORE_LEGAL, mother.id()));
        assertThat(auditActions(RECORD_TYPE, id)).containsExactly("incident-reported", "incident-triaged",
            "incident-routed", "abuse-reported-to-platform", "removal-letter-requested", "document-issued", "removal-checked",
            "final-letter-requested", "document-issued", "reminder-sent", "legal-options-decided", "incident-closed");
    }

    @Test
    void seriousDefamatoryPostByPublicIsReportedThenConsideredForLegalOptionsWithoutLetters() {
        long id = incidents.report(actor("ppatel"), ReportedComment.of("X", "Keston Primary staff are criminals")
            .postedBy("Anonymous account @KestonTruth", null));
        ProcessInstance process = instance(KEY, id);
        triage(process, WhoPosted.PUBLIC, WhatItIs.DEFAMATORY, true, false);
        incidents.recordPlatformReport(actor("hellis"), task(process, TASK_REPORT_ABUSE).getId(), "X-CASE-5521");
        fireTimer(process, TIMER_REMOVAL_FOLLOW_UP);
        checkRemoval(process, true, true);
        incidents.recordLegalDecision(actor("hellis"), task(process, TASK_LEGAL_OPTIONS).getId(),
            "No legal action: the post is gone; keep the screenshots on file.", true);
        close(process, IncidentOutcome.REMOVED);

        assertThat(process).isEnded().hasPassed(TASK_REPORT_ABUSE, TASK_LEGAL_OPTIONS)
            .hasNotPassed(REMOVAL_LETTER, FINAL_LETTER);
        Incident incident = incidents.get(id);
        assertThat(incident.posterDescription()).isEqualTo("Anonymous account @KestonTruth");
        assertThat(incident.removalLetter()).isFalse();
        assertThat(incident.stillSerious()).isTrue();
        assertThat(incident.legalDecidedBy()).isEqualTo("hellis");
        assertThat(incidents.letterRequests(id)).isEmpty();
        assertThat(auditActions(RECORD_TYPE, id)).containsExactly("incident-reported", "incident-triaged",
            "incident-routed", "abuse-reported-to-platform", "removal-checked", "legal-options-decided",
            "incident-closed");
    }

    @Test
    void bullyingByPupilFollowsTheAntiBullyingPolicy() {
        long id = report("sjones", "Snapchat", "Nobody likes you, don't come back", pupil("Noah Wilson"));
        ProcessInstance process = instance(KEY, id);
        triage(process, WhoPosted.PUPIL, WhatItIs.BULLYING, true, false);

        assertThat(process).isWaitingAt(TASK_ANTI_BULLYING);
        fireTimer(process, TIMER_ANTI_BULLYING_REMINDER);
        assertThatThrownBy(() -> incidents.recordAntiBullyingCase(actor("dmensah"),
                task(process, TASK_ANTI_BULLYING).getId(), " "))
            .hasMessage("Please give the anti-bullying case reference.");
        incidents.recordAntiBullyingCase(actor("dmensah"), task(process, TASK_ANTI_BULLYING).getId(), "AB-2024-07");
        close(process, IncidentOutcome.REFERRED);

        assertThat(process).isEnded().hasPassed(TASK_ANTI_BULLYING, CLOSED);
        Incident incident = incidents.get(id);
        assertThat(incident.path()).isEqualTo(EscalationPath.ANTI_BULLYING);
        assertThat(incident.antiBullyingReference()).isEqualTo("AB-2024-07");
        assertThat(auditActions(RECORD_TYPE, id)).containsExactly("incident-reported", "incident-triaged",
            "incident-routed", "reminder-sent", "anti-bullying-case-opened", "incident-closed");
    }

    @Test
    void racistPostByParentInvolvesThePoliceFirst() {
        Person mother = parent("Emma Brown");
        long id = report("hellis", "Facebook", "(racist abuse aimed at a member of staff)", mother);
        ProcessInstance process = instance(KEY, id);
        triage(process, WhoPosted.PARENT, WhatItIs.RACIST, true, false);

        assertThat(process).isWaitingAt(TASK_INVOLVE_POLICE);
        Task police = task(process, TASK_INVOLVE_POLICE);
        assertThat(police.getDueDate()).isNotNull();
        assertThat(candidateGroups(police)).containsExactly("leadership-team");
        fireTimer(process, TIMER_POLICE_OVERDUE);
        assertThat(candidateGroups(police)).containsExactlyInAnyOrder("leadership-team", "head-teacher");
        assertThatThrownBy(() -> incidents.recordPoliceInvolvement(actor("dmensah"), police.getId(), ""))
            .hasMessage("Please give the crime reference the police gave.");
        incidents.recordPoliceInvolvement(actor("dmensah"), police.getId(), "CAD 4471/22NOV");

        assertThat(process).hasPassed(TASK_INVOLVE_POLICE, REMOVAL_LETTER).hasNotPassed(TASK_REPORT_ABUSE)
            .isWaitingAt(TIMER_REMOVAL_FOLLOW_UP);
        fireTimer(process, TIMER_REMOVAL_FOLLOW_UP);
        checkRemoval(process, true, false);
        close(process, IncidentOutcome.REMOVED);

        assertThat(process).isEnded();
        Incident incident = incidents.get(id);
        assertThat(incident.policeFirst()).isTrue();
        assertThat(incident.crimeReference()).isEqualTo("CAD 4471/22NOV");
        assertThat(incident.path()).isEqualTo(EscalationPath.REMOVAL);
        assertThat(incidents.letterRequests(id)).extracting(LetterRequest::letter, LetterRequest::addresseePersonId)
            .containsExactly(tuple(Letter.REMOVAL_REQUEST, mother.id()));
        assertThat(auditActions(RECORD_TYPE, id)).containsExactly("incident-reported", "incident-triaged",
            "incident-routed", "police-contact-overdue", "police-involved", "removal-letter-requested", "document-issued",
            "removal-checked", "incident-closed");
    }

    @Test
    void pupilFoundWithUnder13AccountTriggersTheAgeLimitLetterToTheParent() {
        Person pupil = pupil("Amelia Brown");
        long id = report("sjones", "TikTok", "Our teacher gave us SO much homework", pupil);
        ProcessInstance process = instance(KEY, id);
        triage(process, WhoPosted.PUPIL, WhatItIs.NEGATIVE, false, true);

        assertThat(process).hasPassed(AGE_LIMIT_LETTER).isWaitingAt(TASK_TALK_TO_PUPIL);
        assertThat(incidents.get(id).pupilUnder13Account()).isTrue();
        assertThat(incidents.letterRequests(id)).extracting(LetterRequest::letter, LetterRequest::addresseePersonId)
            .containsExactly(tuple(Letter.AGE_LIMIT, parent("Emma Brown").id()));
        incidents.recordTalkWithPupil(actor("sjones"), task(process, TASK_TALK_TO_PUPIL).getId(),
            "Talked with Amelia; her mother will be written to about the age limit.");
        close(process, IncidentOutcome.NO_ACTION);

        assertThat(process).isEnded();
        assertThat(auditActions(RECORD_TYPE, id)).containsExactly("incident-reported", "incident-triaged",
            "incident-routed", "age-limit-letter-requested", "document-issued", "pupil-spoken-to", "incident-closed");
    }

    @Test
    void staffMemberCannotTriageAndNothingChanges() {
        long id = report("sjones", "Facebook", "Lovely harvest festival", null);
        ProcessInstance process = instance(KEY, id);
        Task triage = task(process, TASK_TRIAGE);

        assertThatThrownBy(() -> incidents.triage(actor("sjones"), triage.getId(),
                new Triage(WhoPosted.PUBLIC, WhatItIs.PRAISE, false, false)))
            .isInstanceOf(NotEntitledException.class).hasMessage("Only the leadership team may triage a report.");

        assertThat(process).isWaitingAt(TASK_TRIAGE);
        assertThat(task(process, TASK_TRIAGE).getId()).isEqualTo(triage.getId());
        Incident incident = incidents.get(id);
        assertThat(incident.whoPosted()).isNull();
        assertThat(incident.whatItIs()).isNull();
        assertThat(incident.triagedBy()).isNull();
        assertThat(incident.status()).isEqualTo(IncidentStatus.OPEN);
        assertThat(auditActions(RECORD_TYPE, id)).containsExactly("incident-reported");
    }

    @Test
    void triageThatContradictsThePosterNamedInTheReportChangesNothing() {
        long id = report("sjones", "Facebook", "This school is a disgrace", parent("James Smith"));
        ProcessInstance process = instance(KEY, id);

        assertThatThrownBy(() -> triage(process, WhoPosted.EMPLOYEE, WhatItIs.COMPLAINT, false, false))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("James Smith (a parent or carer)");

        assertThat(process).isWaitingAt(TASK_TRIAGE);
        assertThat(incidents.get(id).whoPosted()).isNull();
        assertThat(auditActions(RECORD_TYPE, id)).containsExactly("incident-reported");
    }

    @Test
    void staleTaskIdGivesStaleTaskException() {
        long id = report("sjones", "Facebook", "Great sports day", null);
        ProcessInstance process = instance(KEY, id);
        String taskId = task(process, TASK_TRIAGE).getId();
        incidents.triage(actor("dmensah"), taskId, new Triage(WhoPosted.PUBLIC, WhatItIs.PRAISE, false, false));

        assertThatThrownBy(() -> incidents.triage(actor("hellis"), taskId,
                new Triage(WhoPosted.PUBLIC, WhatItIs.NEGATIVE, false, false)))
            .isInstanceOf(StaleTaskException.class);

        Incident incident = incidents.get(id);
        assertThat(incident.whatItIs()).isEqualTo(WhatItIs.PRAISE);
        assertThat(incident.triagedBy()).isEqualTo("dmensah");
        assertThat(auditActions(RECORD_TYPE, id)).containsExactly("incident-reported", "incident-triaged",
            "incident-routed", "incident-closed");
    }

    @Test
    void reportWithoutWhatTheCommentSaysIsRefusedAndNothingIsCreated() {
        int before = incidents.register(SCHOOL).size();
        long running = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count();

        assertThatThrownBy(() -> incidents.report(actor("sjones"), ReportedComment.of("Facebook", "  ")))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("Please give what the comment says.");
        assertThatThrownBy(() -> incidents.report(actor("sjones"), ReportedComment.of("Facebook", "x".repeat(4001))))
            .hasMessage("Please shorten what the comment says to 4,000 characters or fewer.");

        assertThat(incidents.register(SCHOOL)).hasSize(before);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(running);
    }

    private String pdfText(IssuedDocument document) {
        try (PDDocument pdf = Loader.loadPDF(output.resolve(document.name()).toFile())) {
            return new PDFTextStripper().getText(pdf);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long report(String reporter, String platform, String content, Person poster) {
        ReportedComment comment = ReportedComment.of(platform, content);
        if (poster != null) {
            comment = comment.postedBy(poster.fullName(), poster.id());
        }
        return incidents.report(actor(reporter), comment);
    }

    private void triage(ProcessInstance process, WhoPosted who, WhatItIs what, boolean serious, boolean under13) {
        incidents.triage(actor("dmensah"), task(process, TASK_TRIAGE).getId(), new Triage(who, what, serious, under13));
    }

    private void checkRemoval(ProcessInstance process, boolean removed, boolean stillSerious) {
        incidents.recordRemovalCheck(actor("dmensah"), task(process, TASK_CHECK_REMOVAL).getId(), removed, stillSerious,
            "Checked the post's link while signed out.");
    }

    private void close(ProcessInstance process, IncidentOutcome outcome) {
        incidents.closeIncident(actor("dmensah"), task(process, TASK_CLOSE).getId(), outcome,
            "Dealt with as the policy says.");
    }

    private List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
            .map(IdentityLink::getGroupId).toList();
    }

    private Person pupil(String name) {
        return named(PersonKind.PUPIL, name);
    }

    private Person parent(String name) {
        return named(PersonKind.PARENT, name);
    }

    private Person named(PersonKind kind, String name) {
        return people.ofKind(SCHOOL, kind).stream().filter(person -> person.fullName().equals(name)).findFirst()
            .orElseThrow();
    }
}
