package org.policydesk.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.task.Task;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.policydesk.documents.StoredDocument;
import org.policydesk.ProcessTestSupport;
import org.policydesk.escalation.EscalationProcess;
import org.policydesk.escalation.IncidentService;
import org.policydesk.escalation.ReportedComment;
import org.policydesk.escalation.Triage;
import org.policydesk.officialuse.OfficialUseService;
import org.policydesk.people.Person;
import org.springframework.beans.factory.annotation.Autowired;

class GovernorReportsTests extends ProcessTestSupport {

    @Autowired GovernorReports reports;
    @Autowired IncidentService incidents;
    @Autowired OfficialUseService officialUse;

    @Test
    void countsIncidentsByCategoryAndOutcomeWithoutNamingPupilsOrParents() {
        Person emma = people.parentsOf(pupil("Amelia Brown").id()).get(0);
        long praise = incidents.report(actor("sjones"), ReportedComment.of("Facebook", "Lovely nativity play!")
            .postedBy("Emma Brown", emma.id()));
        triage(praise, "PARENT", "PRAISE");
        long defamatory = incidents.report(actor("sjones"), ReportedComment.of("Facebook",
            "Mrs Ellis lies to parents").postedBy("Emma Brown", emma.id()));
        triage(defamatory, "PARENT", "DEFAMATORY");
        Task next = taskService.createTaskQuery().processDefinitionKey(EscalationProcess.KEY)
            .processInstanceBusinessKey(String.valueOf(defamatory)).singleResult();
        taskService.setDueDate(next.getId(), Date.from(LocalDate.now().minusDays(3)
            .atStartOfDay(java.time.ZoneId.systemDefault()).toInstant()));

        GovernorReport report = reports.forTerm("keston", Term.containing(LocalDate.now()));

        assertThat(report.incidentsReported()).isEqualTo(2);
        assertThat(report.praiseReceived()).isEqualTo(1);
        assertThat(report.incidentsByCategory()).extracting("label", "count")
            .contains(org.assertj.core.groups.Tuple.tuple("Praise", 1),
                org.assertj.core.groups.Tuple.tuple("Defamatory or libellous", 1));
        assertThat(report.incidentsByOutcome()).extracting("label", "count")
            .contains(org.assertj.core.groups.Tuple.tuple("Recorded, no action needed", 1),
                org.assertj.core.groups.Tuple.tuple("Still open", 1));
        assertThat(report.openEscalations()).singleElement().satisfies(open -> {
            assertThat(open.reference()).isEqualTo(String.format("INC-%04d", defamatory));
            assertThat(open.path()).as("in words, as the registers print it").isEqualTo("Removal");
            assertThat(open.overdue()).isTrue();
            assertThat(open.waitingFor()).isEqualTo(next.getName());
        });
        assertThat(report.overdueEscalations()).isEqualTo(1);
        assertThat(report.toString()).doesNotContain("Emma", "Amelia", "Brown");
    }

    @Test
    void listsOfficialUserChangesAndFlagsAnOverdueReviewOfThePolicy() {
        long id = officialUse.request(actor("tbaker"), person("tbaker").id(), "Sports news");
        officialUse.decide(actor("hellis"), taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(id))
            .singleResult().getId(), false, "Not this term");

        GovernorReport report = reports.forTerm("keston", Term.containing(LocalDate.now()));

        assertThat(report.officialUserChanges()).extracting("person", "change", "decidedBy")
            .contains(org.assertj.core.groups.Tuple.tuple("Tom Baker", "request refused", "Helen Ellis"));
        assertThat(report.policyReviewOverdue()).isTrue();
        assertThat(report.policyReviewDate()).isEqualTo(LocalDate.of(2020, 11, 30));
        assertThat(report.policyAcknowledgement()).isNull();
    }

    @Test
    void printsThePdfWithChartsCountsAndNoFamilyNames() throws Exception {
        Person emma = people.parentsOf(pupil("Amelia Brown").id()).get(0);
        long praise = incidents.report(actor("sjones"), ReportedComment.of("Facebook", "Lovely nativity play!")
            .postedBy("Emma Brown", emma.id()));
        triage(praise, "PARENT", "PRAISE");
        Term term = Term.containing(LocalDate.now());

        StoredDocument stored = reports.store("keston", term);

        try (PDDocument pdf = Loader.loadPDF(stored.path().toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(term.label(), "Praise", "review is overdue", "comments reported",
                "Page 1 of");
            assertThat(text).doesNotContain("Emma", "Amelia");
            assertThat(pdf.getDocumentInformation().getTitle()).contains(term.label());
        }
    }

    @Test
    void termsAreNamedBySeasonAndYear() {
        Term autumn = Term.parse("Autumn-2026");
        assertThat(autumn.start()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(autumn.end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Term.containing(LocalDate.of(2027, 2, 10)).label()).isEqualTo("Spring term 2027");
        assertThatThrownBy(() -> Term.parse("winter-2026")).hasMessageContaining("autumn, spring or summer");
        assertThatThrownBy(() -> Term.parse("2026")).hasMessageContaining("season-year");
    }

    private void triage(long incidentId, String who, String what) {
        Task triage = taskService.createTaskQuery().processDefinitionKey(EscalationProcess.KEY)
            .processInstanceBusinessKey(String.valueOf(incidentId)).taskDefinitionKey(EscalationProcess.TASK_TRIAGE)
            .singleResult();
        incidents.triage(actor("dmensah"), triage.getId(), Triage.of(who, what, false, false));
    }

    private Person pupil(String name) {
        return people.ofKind("keston", org.policydesk.people.PersonKind.PUPIL).stream()
            .filter(p -> p.fullName().equals(name)).findFirst().orElseThrow();
    }
}
