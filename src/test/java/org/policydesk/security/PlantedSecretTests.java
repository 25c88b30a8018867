package org.policydesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.policydesk.ProcessTestSupport;
import org.policydesk.accounts.AccountDetails;
import org.policydesk.accounts.Secret;
import org.policydesk.audit.AuditEntry;
import org.policydesk.backup.Backups;
import org.policydesk.documents.OutputStore;
import org.policydesk.handover.AccountDisposition;
import org.policydesk.handover.HandoverProcess;
import org.policydesk.handover.HandoverService;
import org.policydesk.handover.LeaverAssistance;
import org.policydesk.handover.SurrenderedItem;
import org.policydesk.officialuse.OfficialUseProcess;
import org.policydesk.officialuse.OfficialUseService;
import org.policydesk.reports.GovernorReports;
import org.policydesk.reports.RegisterKind;
import org.policydesk.reports.Registers;
import org.policydesk.reports.Term;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Plants two account passwords (one recorded by an official user, one set by the office when the
 * handover rotates it), runs the whole life of the account, produces every register (PDF and XLSX),
 * notice and report, takes a backup, and then looks for the passwords everywhere they must never be:
 * the log, process variables and history, the audit trail, every file in the output folder, and
 * everything a backup restores (its documents and the database file itself, byte for byte). On an H2
 * file, because H2 backs up files, not in-memory databases. The audit trail's CSV download is scanned
 * as well.
 */
@ExtendWith(OutputCaptureExtension.class)
@AutoConfigureMockMvc
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:file:./target/test-databases/planted-${random.uuid}")
class PlantedSecretTests extends ProcessTestSupport {

    @Autowired OfficialUseService officialUse;
    @Autowired HandoverService handovers;
    @Autowired Registers registers;
    @Autowired GovernorReports governorReports;
    @Autowired OutputStore output;
    @Autowired Backups backups;
    @Autowired MockMvc mvc;

    @TempDir
    Path dir;

    @Test
    void aPlantedPasswordAppearsNowhereButInItsSealedColumn(CapturedOutput log) throws Exception {
        String recorded = "planted-" + UUID.randomUUID();
        String rotated = "rotated-" + UUID.randomUUID();

        long id = officialUse.request(actor("sjones"), person("sjones").id(), "Class news");
        ProcessInstance instance = instance(OfficialUseProcess.KEY, id);
        officialUse.decide(actor("hellis"), task(instance, OfficialUseProcess.TASK_DECIDE).getId(), true, "Agreed");
        officialUse.recordAccounts(actor("sjones"), task(instance, OfficialUseProcess.TASK_RECORD_ACCOUNTS).getId(),
            List.of(new AccountDetails("Instagram", "@kestonyear5", "kestonyear5", Secret.of(recorded))));
        officialUse.acknowledgeGuidance(actor("sjones"), task(instance, OfficialUseProcess.TASK_ACKNOWLEDGE_GUIDANCE).getId());
        officialUse.recordLeaving(actor("okowalski"), person("sjones").id(), "Moved to another school");
        handovers.recordSurrender(actor("sjones"), task(instance, HandoverProcess.TASK_SURRENDER).getId(),
            Set.of(SurrenderedItem.PASSWORDS));
        handovers.rotateSecret(actor("okowalski"), task(instance, HandoverProcess.TASK_ROTATE_SECRET).getId(),
            Secret.of(rotated));
        handovers.transferOrCancel(actor("okowalski"), task(instance, HandoverProcess.TASK_TRANSFER_OR_CANCEL).getId(),
            AccountDisposition.TO_SCHOOL_OFFICE, null, "Kept by the office");
        handovers.recordLeaverAssistance(actor("okowalski"), task(instance, HandoverProcess.TASK_RECORD_ASSISTANCE).getId(),
            LeaverAssistance.FULL, "Helpful");
        for (RegisterKind kind : RegisterKind.values()) {
            registers.storePdf("keston", kind);
            registers.storeXlsx("keston", kind);
        }
        governorReports.store("keston", Term.containing(java.time.LocalDate.now()));

        List<String> places = new ArrayList<>();
        places.add(log.getAll());
        historyService.createHistoricVariableInstanceQuery().list()
            .forEach(variable -> places.add(variable.getName() + "=" + variable.getValue()));
        for (HistoricDetail detail : historyService.createHistoricDetailQuery().variableUpdates().list()) {
            places.add(String.valueOf(((HistoricVariableUpdate) detail).getValue()));
        }
        jdbc.sql("select * from audit_entry").query().listOfRows()
            .forEach(row -> places.add(row.toString()));
        String auditCsv = mvc.perform(get("/admin/audit.csv").with(user("itadmin"))).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        assertThat(auditCsv).as("the audit CSV holds the account's story").contains("sjones", "okowalski");
        places.add("audit CSV: " + auditCsv);
        List<Path> files = filesUnder(output.root());
        assertThat(files).as("documents produced").hasSizeGreaterThan(12);
        for (Path file : files) {
            places.add(file + ": " + readable(file));
        }
        Path restored = dir.resolve("restored");
        Backups.restore(backups.create(dir.resolve("backups")), restored.resolve("data"), "policydesk",
            restored.resolve("data/account-secrets.key"), restored.resolve("output"));
        List<Path> backedUp = filesUnder(restored);
        assertThat(backedUp).as("the backup's database, key and documents").hasSize(files.size() + 2);
        for (Path file : backedUp) {
            places.add(file + ": " + readable(file));
        }

        assertThat(String.join("\n", places)).as("the scan reads what it scans")
            .contains("@kestonyear5", "Handover certificate", "kestonyear5");
        assertThat(readable(restored.resolve("data/policydesk.mv.db"))).as("the database file is scanned as bytes")
            .contains("@kestonyear5", "Kept by the office");
        assertThat(places).allSatisfy(text -> assertThat(text).doesNotContain(recorded, rotated));
        String sealed = jdbc.sql("select secret_sealed from accounts_account where handle = '@kestonyear5'")
            .query(String.class).single();
        assertThat(sealed).doesNotContain(recorded, rotated);
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    /** The text a person (or a search) would find in the file: PDF text, the XML inside an XLSX, or raw bytes. */
    private static String readable(Path file) throws IOException {
        String name = file.getFileName().toString();
        StringBuilder text = new StringBuilder(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
        if (name.endsWith(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                text.append(new PDFTextStripper().getText(pdf));
            }
        } else if (name.endsWith(".xlsx")) {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return text.toString();
    }
}
