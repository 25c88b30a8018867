package org.policydesk.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.policydesk.ProcessTestSupport;
import org.policydesk.accounts.AccountDetails;
import org.policydesk.accounts.AccountRegister;
import org.policydesk.accounts.Secret;
import org.policydesk.documents.OutputStore;
import org.policydesk.documents.PdfText;
import org.policydesk.escalation.EscalationProcess;
import org.policydesk.escalation.IncidentOutcome;
import org.policydesk.escalation.IncidentService;
import org.policydesk.escalation.ReportedComment;
import org.policydesk.escalation.Triage;
import org.policydesk.escalation.WhatItIs;
import org.policydesk.escalation.WhoPosted;
import org.policydesk.officialuse.OfficialUseProcess;
import org.policydesk.officialuse.OfficialUseService;
import org.policydesk.people.Person;
import org.policydesk.people.PersonKind;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Opens the packs as the person would: everything about them is there, nobody else is, and no
 * account secret is anywhere in them (every entry read as text, PDFs through PDFBox).
 */
class SubjectAccessPackTests extends ProcessTestSupport {

    private static final String PLANTED = "Planted-Secret-7Qx!" + UUID.randomUUID();

    @Autowired SubjectAccess subjectAccess;
    @Autowired IncidentService incidents;
    @Autowired OfficialUseService officialUse;
    @Autowired AccountRegister accounts;
    @Autowired OutputStore output;
    @Autowired ObjectMapper json;

    @Test
    void aParentsPackHoldsHerRecordsAndLettersWithOtherFamiliesRedacted() throws IOException {
        Person emma = named(PersonKind.PARENT, "Emma Brown");
        long hers = incidents.report(actor("sjones"), ReportedComment.of("Facebook",
            "Oliver Smith's dad James Smith agrees with me: the head never listens, complain here!")
            .postedBy("Emma Brown", emma.id()));
        incidents.triage(actor("dmensah"), task(instance(EscalationProcess.KEY, hers), EscalationProcess.TASK_TRIAGE)
            .getId(), new Triage(WhoPosted.PARENT, WhatItIs.COMPLAINT, false, false));
        incidents.closeIncident(actor("dmensah"), task(instance(EscalationProcess.KEY, hers),
            EscalationProcess.TASK_CLOSE).getId(), IncidentOutcome.NO_ACTION, "Fatima Wilson saw the post as well.");
        Person james = named(PersonKind.PARENT, "James Smith");
        long notHers = incidents.report(actor("tbaker"), ReportedComment.of("X", "Sports day was badly organised")
            .postedBy("James Smith", james.id()));

        long id = subjectAccess.start(actor("okowalski"), emma.id(), null, LocalDate.now(), ReceivedHow.EMAIL);
        Map<String, byte[]> pack = open(id);

        assertThat(pack).containsKeys("summary.pdf", "records/people-register.json", "records/incidents.json",
            "records/family-links.json", "decisions/audit-entries.json",
            "letters/incident-" + hers + "-proper-channels.pdf");
        assertThat(text(pack, "records/people-register.json")).contains("Emma Brown", "emma.brown@example.org");
        assertThat(text(pack, "records/incidents.json")).contains("\"id\" : " + hers, "the head never listens",
            "[redacted]'s dad [redacted] agrees", "[redacted] saw the post as well", "Year 5 Class Teacher")
            .doesNotContain("Sports day", "\"id\" : " + notHers);
        assertThat(text(pack, "decisions/audit-entries.json")).contains("incident-reported", "incident-closed",
            "subject-access-request-received", "Deputy Head Teacher");
        assertThat(text(pack, "letters/incident-" + hers + "-proper-channels.pdf")).contains("Emma Brown", "Amelia");

        String summary = text(pack, "summary.pdf");
        assertThat(summary).contains("Emma Brown", "Amelia Brown", "Incidents (reported comments)",
            "the head never listens", "Proper channels", "letters/incident-" + hers + "-proper-channels.pdf",
            "[redacted]", "SAR-" + String.format("%04d", id));
        assertThat(PdfText.fontsNotEmbedded(pack.get("summary.pdf"))).isEmpty();

        String hellisSecret = accounts.reveal(actor("hellis"), accounts.activeHeldBy(person("hellis").id()).get(0).id(),
            "test: the pack must not hold it").reveal();
        pack.keySet().forEach(entry -> assertThat(text(pack, entry)).as(entry)
            .doesNotContain("Oliver", "James", "Smith", "Fatima", "Wilson", "Noah", "Sarah Jones", "sjones",
                "Sports day", hellisSecret));
    }

    @Test
    void anEmployeesPackHoldsWhatSheDidWithoutHerAccountSecretOrTheParentsSheReportedOn() throws IOException {
        Person sarah = person("sjones");
        long account = accounts.record(actor("okowalski"), sarah.id(), new AccountDetails("Instagram", "@keston.year5",
            "year5@keston.example.org", Secret.of(PLANTED)));
        long officialUser = officialUse.request(actor("sjones"), sarah.id(), "Year 5 class news");
        officialUse.decide(actor("hellis"), task(instance(OfficialUseProcess.KEY, officialUser),
            OfficialUseProcess.TASK_DECIDE).getId(), true, "Approved for class news.");
        long incident = incidents.report(actor("sjones"), ReportedComment.of("Facebook",
            "Emma Brown wrote that Amelia Brown's class is chaos").postedBy("Emma Brown",
            named(PersonKind.PARENT, "Emma Brown").id()));

        long id = subjectAccess.start(actor("hellis"), sarah.id(), null, LocalDate.now(), ReceivedHow.IN_PERSON);
        Map<String, byte[]> pack = open(id);

        List<Map<String, Object>> decisions = json.readValue(pack.get("decisions/audit-entries.json"),
            new TypeReference<>() { });
        assertThat(decisions).extracting(entry -> entry.get("actor"), entry -> entry.get("action"))
            .contains(tuple("Sarah Jones", "official-use-requested"), tuple("Sarah Jones", "incident-reported"),
                tuple("Head Teacher", "official-use-approved"), tuple("School Business Manager", "account-recorded"));
        assertThat(text(pack, "records/accounts.json")).contains("@keston.year5", "\"id\" : " + account)
            .doesNotContain("secret");
        assertThat(text(pack, "records/official-use.json")).contains("Year 5 class news", "Head Teacher");
        assertThat(text(pack, "records/incidents.json")).contains("\"id\" : " + incident, "[redacted] wrote that",
            "\"reported_by\" : \"Sarah Jones\"");
        assertThat(pack).containsKey("letters/official-user-" + officialUser + "-approved.pdf");
        assertThat(text(pack, "summary.pdf")).contains("Sarah Jones", "Year 5 Class Teacher", "Official use of social media",
            "School social media accounts", "@keston.year5", "Official use requested");

        String sealed = jdbc.sql("select secret_sealed from accounts_account where id = ?").param(account)
            .query(String.class).single();
        pack.forEach((entry, content) -> {
            String text = text(pack, entry);
            assertThat(text).as(entry).doesNotContain(PLANTED, sealed, "Emma", "Amelia", "Brown");
            if (!entry.startsWith("letters/")) {
                assertThat(text).as(entry + " names staff by role only").doesNotContain("Helen Ellis", "hellis",
                    "David Mensah");
            }
        });
    }

    private Map<String, byte[]> open(long requestId) throws IOException {
        SubjectAccessRequest request = subjectAccess.get(actor("okowalski"), requestId);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream file = Files.newInputStream(output.resolve(request.packName()));
             ZipInputStream zip = new ZipInputStream(file)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        assertThat(Files.readAllBytes(output.resolve(request.summaryName()))).isEqualTo(entries.get("summary.pdf"));
        return entries;
    }

    /** An entry as a reader sees it: a PDF's text through PDFBox, anything else as UTF-8. */
    private static String text(Map<String, byte[]> pack, String entry) {
        byte[] content = pack.get(entry);
        assertThat(content).as(entry).isNotNull();
        return entry.endsWith(".pdf") ? PdfText.text(content) : new String(content, StandardCharsets.UTF_8);
    }

    private Person named(PersonKind kind, String name) {
        List<Person> found = people.ofKind("keston", kind).stream().filter(person -> person.fullName().equals(name))
            .toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
