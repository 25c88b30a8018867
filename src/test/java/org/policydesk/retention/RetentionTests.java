package org.policydesk.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policydesk.ProcessTestSupport;
import org.policydesk.accounts.Account;
import org.policydesk.accounts.AccountDetails;
import org.policydesk.accounts.AccountRegister;
import org.policydesk.accounts.Secret;
import org.policydesk.acknowledgements.AcknowledgementProcess;
import org.policydesk.acknowledgements.AcknowledgementService;
import org.policydesk.audit.AuditChain;
import org.policydesk.audit.AuditEntry;
import org.policydesk.documents.Documents;
import org.policydesk.documents.IssuedDocument;
import org.policydesk.documents.OutputStore;
import org.policydesk.escalation.EscalationProcess;
import org.policydesk.escalation.Incident;
import org.policydesk.escalation.IncidentOutcome;
import org.policydesk.escalation.IncidentService;
import org.policydesk.escalation.ReportedComment;
import org.policydesk.escalation.Triage;
import org.policydesk.escalation.Upload;
import org.policydesk.escalation.WhatItIs;
import org.policydesk.subjectaccess.ReceivedHow;
import org.policydesk.subjectaccess.SentHow;
import org.policydesk.subjectaccess.SubjectAccess;
import org.policydesk.subjectaccess.SubjectAccessProcess;
import org.policydesk.escalation.WhoPosted;
import org.policydesk.handover.AccountDisposition;
import org.policydesk.handover.HandoverProcess;
import org.policydesk.handover.HandoverService;
import org.policydesk.handover.LeaverAssistance;
import org.policydesk.handover.SurrenderedItem;
import org.policydesk.officialuse.OfficialUseProcess;
import org.policydesk.officialuse.OfficialUseService;
import org.policydesk.officialuse.OfficialUser;
import org.policydesk.people.Person;
import org.policydesk.people.PersonKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The retention schedule with a simulated clock: records made through the real processes in the
 * demo school, closed, and then looked at six years less a day later (nothing listed, nothing
 * changed) and just past six years (listed, then erased or anonymised with their files, dependent
 * rows and engine history), while records still in time stay as they were; and the audit trail
 * pruned at seven years, still verifying from its checkpoint and still catching an edit.
 */
class RetentionTests extends ProcessTestSupport {

    private static final String SCHOOL = "keston";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @TestConfiguration
    static class SimulatedTime {
        @Bean
        @Primary
        SimulatedClock simulatedClock() {
            return new SimulatedClock();
        }
    }

    @Autowired SimulatedClock clock;
    @Autowired Retention retention;
    @Autowired AuditChain chain;
    @Autowired IncidentService incidents;
    @Autowired OfficialUseService officialUse;
    @Autowired HandoverService handovers;
    @Autowired AccountRegister accounts;
    @Autowired AcknowledgementService acknowledgements;
    @Autowired Documents documents;
    @Autowired OutputStore output;
    @Autowired SubjectAccess subjectAccess;

    private LocalDateTime start;
    /** The engine's instance ids of the records made last (business keys repeat across tests: ids restart). */
    private String lastProcess;
    private String lastCalledProcess;

    @BeforeEach
    void startTheClock() {
        start = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        clock.moveTo(start);
    }

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void recordsPastTheirTimeAreErasedWithTheirFilesAndHistoryWhileThoseInTimeStayUntouched() {
        long complaint = closedComplaintWithScreenshotAndLetter();
        List<String> complaintFiles = fileNames("incident", complaint);
        String complaintProcess = lastProcess;
        long leaverRecord = officialUserWhoLeftAfterHandingOver("tbaker");
        long handover = handoverOf("tbaker");
        long cancelledAccount = cancelledAccountOf("tbaker");
        List<String> leaverFiles = concat(fileNames("official-user", leaverRecord), fileNames("handover", handover));
        String leaverProcess = lastProcess;
        String handoverProcess = lastCalledProcess;
        long round = completedGuidanceRound();
        String roundProcess = lastProcess;
        clock.moveTo(start.plusYears(1));
        long praise = closedPraise();
        String praiseProcess = lastProcess;
        assertThat(complaintFiles).hasSize(2);
        assertThat(leaverFiles).hasSize(2);

        clock.moveTo(start.plusYears(6).minusDays(1));
        assertThat(retention.dryRun(today()).records()).isEmpty();
        RetentionResult tooEarly = retention.run(today());
        assertThat(tooEarly.total()).isZero();
        assertThat(incidents.get(complaint).content()).isEqualTo("The head never listens, everyone complain here!");
        assertThat(officialUse.register(SCHOOL)).extracting(OfficialUser::id).contains(leaverRecord);
        assertThat(complaintFiles).allSatisfy(name -> assertThat(output.exists(name)).isTrue());

        clock.moveTo(start.plusYears(6).plusDays(1));
        RetentionPreview preview = retention.dryRun(today());
        assertThat(preview.records()).extracting(ExpiredRecord::kind, ExpiredRecord::recordId).containsExactly(
            tuple(RecordKind.INCIDENT, String.valueOf(complaint)),
            tuple(RecordKind.OFFICIAL_USER, String.valueOf(leaverRecord)),
            tuple(RecordKind.HANDOVER, String.valueOf(handover)),
            tuple(RecordKind.ACKNOWLEDGEMENT_ROUND, String.valueOf(round)),
            tuple(RecordKind.CLOSED_ACCOUNT, String.valueOf(cancelledAccount)));
        assertThat(preview.records()).allSatisfy(record -> {
            assertThat(record.endedOn()).isEqualTo(start.toLocalDate());
            assertThat(record.erasableFrom()).isEqualTo(start.toLocalDate().plusYears(6).plusDays(1));
        });
        assertThat(preview.records().get(0).disposal()).isEqualTo(Disposal.ANONYMISE);
        assertThat(incidents.get(complaint).content()).as("a dry run changes nothing").startsWith("The head");

        RetentionResult result = retention.run(today());

        assertThat(result.problems()).isEmpty();
        assertThat(result.erased().get(SCHOOL)).containsExactlyInAnyOrderEntriesOf(Map.of(RecordKind.INCIDENT, 1,
            RecordKind.OFFICIAL_USER, 1, RecordKind.HANDOVER, 1, RecordKind.ACKNOWLEDGEMENT_ROUND, 1,
            RecordKind.CLOSED_ACCOUNT, 1));
        assertThat(result.filesDeleted()).isEqualTo(4);
        Incident anonymised = incidents.get(complaint);
        assertThat(anonymised.content()).isEqualTo(Erasures.ERASED_TEXT);
        assertThat(anonymised.reportedBy()).isEqualTo(Erasures.ERASED);
        assertThat(anonymised.posterDescription()).isNull();
        assertThat(anonymised.posterPersonId()).isNull();
        assertThat(anonymised.outcomeNote()).isNull();
        assertThat(anonymised.closedBy()).isNull();
        assertThat(anonymised.whoPosted()).isEqualTo(WhoPosted.PARENT);
        assertThat(anonymised.whatItIs()).isEqualTo(WhatItIs.COMPLAINT);
        assertThat(anonymised.outcome()).isEqualTo(IncidentOutcome.NO_ACTION);
        assertThat(anonymised.closedAt()).isNotNull();
        assertThat(incidents.letterRequests(complaint)).isEmpty();
        assertThat(documents.issuedFor("incident", complaint)).isEmpty();
        assertThat(concat(complaintFiles, leaverFiles)).allSatisfy(name -> assertThat(output.exists(name)).isFalse());
        assertThat(output.root().resolve("incidents/" + SCHOOL + "/" + complaint)).doesNotExist();
        assertThat(officialUse.register(SCHOOL)).extracting(OfficialUser::id).doesNotContain(leaverRecord);
        assertThat(documents.issuedFor("official-user", leaverRecord)).isEmpty();
        assertThat(handovers.register(SCHOOL)).isEmpty();
        assertThat(documents.issuedFor("handover", handover)).isEmpty();
        assertThat(accounts.ofSchool(SCHOOL)).extracting(Account::id).doesNotContain(cancelledAccount)
            .as("Helen Ellis's account is in use").isNotEmpty();
        assertThat(acknowledgements.rounds(SCHOOL)).isEmpty();
        assertThat(acknowledgements.guidanceVersions(SCHOOL)).as("the policy's own text stays").hasSize(1);
        assertThat(retention.dryRun(today()).records()).as("nothing is listed twice").isEmpty();

        Incident stillInTime = incidents.get(praise);
        assertThat(stillInTime.content()).isEqualTo("Lovely harvest festival, well done everyone");
        assertThat(stillInTime.reportedBy()).isEqualTo("sjones");
        assertThat(officialUse.register(SCHOOL)).extracting(OfficialUser::personId).contains(person("hellis").id());

        assertThat(chain.verify(SCHOOL).intact()).isTrue();
        AuditEntry erasure = audit.entriesFor(Retention.RECORD_TYPE, today()).get(0);
        assertThat(erasure.action()).isEqualTo(Retention.ACTION);
        assertThat(erasure.actor()).isEqualTo("policydesk");
        assertThat(erasure.detail()).contains("1 × incidents (escalations) anonymised", "1 × handovers deleted",
            "1 × closed accounts deleted").doesNotContain("Baker", "Smith", "tbaker", "INC-");

        runTheEnginesHistoryCleanup(result);
        for (String removed : List.of(complaintProcess, leaverProcess, handoverProcess, roundProcess)) {
            assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(removed).count())
                .as("history of %s", removed).isZero();
        }
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(praiseProcess).count())
            .isEqualTo(1);
    }

    @Test
    void anAnsweredSubjectAccessRequestGoesWithItsPackAYearAfterTheResponse() {
        Person emma = people.ofKind("keston", PersonKind.PARENT).stream()
            .filter(person -> person.fullName().equals("Emma Brown")).findFirst().orElseThrow();
        long request = subjectAccess.start(actor("okowalski"), emma.id(), null, today(), ReceivedHow.EMAIL);
        long stillOpen = subjectAccess.start(actor("okowalski"), emma.id(), null, today(), ReceivedHow.LETTER);
        subjectAccess.recordSent(actor("okowalski"),
            task(instance(SubjectAccessProcess.KEY, request), SubjectAccessProcess.TASK_CHECK_AND_SEND).getId(),
            today(), SentHow.EMAIL, "Checked");
        List<Path> pack = documents.issuedFor(SubjectAccessProcess.RECORD_TYPE, request).stream()
            .map(document -> output.resolve(document.name())).toList();
        assertThat(pack).hasSize(2).allMatch(Files::exists);

        clock.moveTo(start.plusYears(1));
        assertThat(retention.dryRun(today()).records()).isEmpty();

        clock.moveTo(start.plusYears(1).plusDays(1));
        assertThat(retention.dryRun(today()).records()).singleElement()
            .satisfies(due -> assertThat(due.reference()).isEqualTo(String.format("SAR-%04d", request)));
        retention.run(today());

        assertThat(jdbc.sql("select id from subject_access_request").query(Long.class).list()).containsExactly(stillOpen);
        assertThat(pack).noneMatch(Files::exists);
        assertThat(documents.issuedFor(SubjectAccessProcess.RECORD_TYPE, request)).isEmpty();
        assertThat(chain.verify("keston").intact()).isTrue();
    }

    @Test
    void auditEntriesOlderThanSevenYearsArePrunedAndTheChainStillVerifiesAndCatchesEdits() {
        officialUse.request(actor("tbaker"), person("tbaker").id(), "Sports news");
        long before = entryIds().size();
        clock.moveTo(start.plusYears(1));
        officialUse.request(actor("sjones"), person("sjones").id(), "Class news");
        List<Long> laterEntries = entryIds().subList((int) before, entryIds().size());

        clock.moveTo(start.plusYears(7).minusDays(1));
        assertThat(retention.dryRun(today()).records()).isEmpty();

        clock.moveTo(start.plusYears(7).plusDays(1));
        assertThat(retention.dryRun(today()).records()).singleElement().satisfies(due -> {
            assertThat(due.kind()).isEqualTo(RecordKind.AUDIT_ENTRIES);
            assertThat(due.count()).isEqualTo(before);
            assertThat(due.schoolId()).isEqualTo(SCHOOL);
        });
        RetentionResult result = retention.run(today());

        assertThat(result.erased().get(SCHOOL)).containsEntry(RecordKind.AUDIT_ENTRIES, (int) before);
        assertThat(entryIds()).startsWith(laterEntries.toArray(Long[]::new));
        AuditChain.Verification afterPruning = chain.verify(SCHOOL);
        assertThat(afterPruning.intact()).as(afterPruning.describe()).isTrue();
        assertThat(afterPruning.entriesChecked()).isEqualTo(laterEntries.size() + 2);
        assertThat(audit.entriesFor("audit-trail", SCHOOL)).extracting(AuditEntry::action)
            .containsExactly(AuditChain.PRUNED);
        assertThat(audit.entriesFor(Retention.RECORD_TYPE, today()).get(0).detail())
            .contains(before + " × audit entries deleted");

        clock.moveTo(start.plusYears(8).plusDays(1));
        retention.run(today());
        assertThat(chain.verify(SCHOOL).intact()).as("a second pruning starts from the newer checkpoint").isTrue();
        assertThat(entryIds()).doesNotContainAnyElementsOf(laterEntries);

        assertThat(chain.prunableBefore(SCHOOL, start.plusYears(50))).as("every entry older than the cut-off")
            .hasValueSatisfying(all -> assertThat(all.entries()).isEqualTo(entryIds().size()));

        long edited = entryIds().get(0);
        jdbc.sql("update audit_entry set detail = 'nothing happened' where id = ?").param(edited).update();
        AuditChain.Verification tampered = chain.verify(SCHOOL);
        assertThat(tampered.intact()).isFalse();
        assertThat(tampered.brokenAtEntry()).isEqualTo(edited);
    }

    @Test
    void entriesDeletedByHandBehindAForgedCheckpointAreCaught() {
        officialUse.request(actor("tbaker"), person("tbaker").id(), "Sports news");
        List<Long> ids = entryIds();
        long cut = ids.get(2);
        String hash = jdbc.sql("select entry_hash from audit_entry where id = ?").param(cut).query(String.class).single();

        jdbc.sql("delete from audit_entry where school_id = ? and id <= ?").params(SCHOOL, cut).update();
        jdbc.sql("""
                insert into audit_checkpoint (school_id, last_pruned_id, last_pruned_hash, entries_pruned, pruned_before,
                                              pruned_at) values (?, ?, ?, 3, ?, ?)""")
            .params(SCHOOL, cut, hash, start, start).update();

        AuditChain.Verification verification = chain.verify(SCHOOL);
        assertThat(verification.intact()).isFalse();
        assertThat(verification.problem()).contains("without an audit entry recording that pruning");
    }

    private long closedComplaintWithScreenshotAndLetter() {
        Person father = parent("James Smith");
        long id = incidents.report(actor("okowalski"), ReportedComment.of("Facebook",
            "The head never listens, everyone complain here!").postedBy(father.fullName(), father.id()),
            new Upload("post.png", PNG));
        ProcessInstance process = instance(EscalationProcess.KEY, id);
        lastProcess = process.getId();
        incidents.triage(actor("dmensah"), task(process, EscalationProcess.TASK_TRIAGE).getId(),
            new Triage(WhoPosted.PARENT, WhatItIs.COMPLAINT, false, false));
        incidents.closeIncident(actor("dmensah"), task(process, EscalationProcess.TASK_CLOSE).getId(),
            IncidentOutcome.NO_ACTION, "Mr Smith was sent the Complaints Policy.");
        return id;
    }

    private long closedPraise() {
        long id = incidents.report(actor("sjones"), ReportedComment.of("Facebook", "Lovely harvest festival, well done everyone"));
        ProcessInstance process = instance(EscalationProcess.KEY, id);
        lastProcess = process.getId();
        incidents.triage(actor("dmensah"), task(process, EscalationProcess.TASK_TRIAGE).getId(),
            new Triage(WhoPosted.PUBLIC, WhatItIs.PRAISE, false, false));
        return id;
    }

    /** Approved, records an account, leaves: official use ends, the handover cancels the account and completes. */
    private long officialUserWhoLeftAfterHandingOver(String userId) {
        Person leaver = person(userId);
        long id = officialUse.request(actor(userId), leaver.id(), "Sports news");
        ProcessInstance process = instance(OfficialUseProcess.KEY, id);
        lastProcess = process.getId();
        officialUse.decide(actor("hellis"), task(process, OfficialUseProcess.TASK_DECIDE).getId(), true, "Agreed");
        officialUse.recordAccounts(actor(userId), task(process, OfficialUseProcess.TASK_RECORD_ACCOUNTS).getId(),
            List.of(new AccountDetails("X", "@KestonSport", "kestonsport", Secret.of("Green-Fox-19"))));
        officialUse.acknowledgeGuidance(actor(userId), task(process, OfficialUseProcess.TASK_ACKNOWLEDGE_GUIDANCE).getId());
        officialUse.recordLeaving(actor("okowalski"), leaver.id(), "Left at the end of term");
        lastCalledProcess = runtimeService.createProcessInstanceQuery().superProcessInstanceId(process.getId())
            .singleResult().getId();
        handovers.recordSurrender(actor("okowalski"), task(process, HandoverProcess.TASK_SURRENDER).getId(),
            EnumSet.of(SurrenderedItem.PASSWORDS));
        handovers.rotateSecret(actor("okowalski"), task(process, HandoverProcess.TASK_ROTATE_SECRET).getId(),
            Secret.of("Red-Owl-77"));
        handovers.transferOrCancel(actor("okowalski"), task(process, HandoverProcess.TASK_TRANSFER_OR_CANCEL).getId(),
            AccountDisposition.CANCELLED, null, "Sport news moves to the school account.");
        handovers.recordLeaverAssistance(actor("okowalski"), task(process, HandoverProcess.TASK_RECORD_ASSISTANCE).getId(),
            LeaverAssistance.FULL, "Helpful to the end.");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(process.getId()).count()).isZero();
        return id;
    }

    private long completedGuidanceRound() {
        long round = acknowledgements.issueGuidance(actor("dmensah"), "Spring term", "Never name a pupil in a post.");
        ProcessInstance process = instance(AcknowledgementProcess.KEY, round);
        lastProcess = process.getId();
        acknowledgements.acknowledge(actor("hellis"), task(process, AcknowledgementProcess.TASK_ACKNOWLEDGE).getId());
        return round;
    }

    private long handoverOf(String userId) {
        return jdbc.sql("select id from handover_handover where leaver_person_id = ?").param(person(userId).id())
            .query(Long.class).single();
    }

    private long cancelledAccountOf(String userId) {
        return jdbc.sql("select id from accounts_account where holder_person_id = ? and status = 'CANCELLED'")
            .param(person(userId).id()).query(Long.class).single();
    }

    private List<String> fileNames(String recordType, long id) {
        List<String> names = new ArrayList<>(documents.issuedFor(recordType, id).stream()
            .map(IssuedDocument::name).toList());
        jdbc.sql("select screenshot from escalation_incident where id = ? and screenshot is not null")
            .param(id).query(String.class).optional().filter(name -> recordType.equals("incident")).ifPresent(names::add);
        names.forEach(name -> assertThat(Files.exists(output.resolve(name))).as(name).isTrue());
        return names;
    }

    /** What the job executor does in production: run the cleanup job the retention run scheduled. */
    private void runTheEnginesHistoryCleanup(RetentionResult result) {
        assertThat(result.historyCleanupJobId()).isNotNull();
        for (Job job : historyService.findHistoryCleanupJobs()) {
            managementService.executeJob(job.getId());
        }
    }

    private Person parent(String name) {
        return people.ofKind(SCHOOL, PersonKind.PARENT).stream().filter(p -> p.fullName().equals(name)).findFirst()
            .orElseThrow();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private List<Long> entryIds() {
        return jdbc.sql("select id from audit_entry where school_id = ? order by id").param(SCHOOL).query(Long.class).list();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
