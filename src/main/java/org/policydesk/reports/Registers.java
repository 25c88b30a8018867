package org.policydesk.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.policydesk.audit.AuditTrail;
import org.policydesk.documents.DocumentTemplates;
import org.policydesk.documents.Documents;
import org.policydesk.documents.Letterheads;
import org.policydesk.documents.OutputStore;
import org.policydesk.documents.StoredDocument;
import org.policydesk.workflow.Actor;
import org.springframework.stereotype.Service;

/**
 * The registers governors receive, as PDF (printed from {@code templates/registers/register.ftlh},
 * header row repeated on every page) and as XLSX (for sorting and filtering). Every register that
 * leaves PolicyDesk (a download through {@code export*}, a file written by {@code store*}) is an
 * audit entry: who took which register, in which format, with how many rows.
 */
@Service
public class Registers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private final RegisterSources sources;
    private final Documents documents;
    private final Letterheads letterheads;
    private final OutputStore output;
    private final AuditTrail audit;

    Registers(RegisterSources sources, Documents documents, Letterheads letterheads, OutputStore output,
              AuditTrail audit) {
        this.sources = sources;
        this.documents = documents;
        this.letterheads = letterheads;
        this.output = output;
        this.audit = audit;
    }

    public Register build(String schoolId, RegisterKind kind) {
        return sources.build(schoolId, kind);
    }

    public byte[] pdf(Register register) {
        return documents.renderInParts(register.schoolId(), DocumentTemplates.REGISTER, new RegisterParts(register));
    }

    public void xlsx(Register register, OutputStream out) {
        try {
            RegisterWorkbook.write(register, letterheads.of(register.schoolId()).name(), out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the " + register.title() + " as XLSX", e);
        }
    }

    public byte[] xlsx(Register register) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx(register, out);
        return out.toByteArray();
    }

    /** The register as PDF for {@code exportedBy} to download, on the audit trail. */
    public byte[] exportPdf(Register register, String exportedBy) {
        byte[] pdf = pdf(register);
        exported(register, "PDF", exportedBy, "downloaded");
        return pdf;
    }

    /** The register as XLSX for {@code exportedBy} to download, on the audit trail. */
    public byte[] exportXlsx(Register register, String exportedBy) {
        byte[] xlsx = xlsx(register);
        exported(register, "XLSX", exportedBy, "downloaded");
        return xlsx;
    }

    /** Builds the register and stores it as {@code registers/<kind>-<date>.pdf} in the output folder. */
    public StoredDocument storePdf(String schoolId, RegisterKind kind) {
        Register register = build(schoolId, kind);
        byte[] pdf = pdf(register);
        StoredDocument stored = output.write(fileName(register, "pdf"), pdf);
        exported(register, "PDF", Actor.SYSTEM, "written to " + stored.name() + bySomeone());
        return stored;
    }

    /** Builds the register and streams it as {@code registers/<kind>-<date>.xlsx} into the output folder. */
    public StoredDocument storeXlsx(String schoolId, RegisterKind kind) {
        Register register = build(schoolId, kind);
        StoredDocument stored = output.write(fileName(register, "xlsx"), out -> xlsx(register, out));
        exported(register, "XLSX", Actor.SYSTEM, "written to " + stored.name() + bySomeone());
        return stored;
    }

    private void exported(Register register, String format, String by, String how) {
        audit.record(register.schoolId(), by, "register-exported", "register", register.kind().slug(),
            register.title() + " as " + format + ", " + register.rowCount() + (register.rowCount() == 1 ? " row" : " rows")
                + ", " + how + ".", null);
    }

    /** A file written without a sign-in (the batch commands) names the operating-system user who ran it. */
    static String bySomeone() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "" : " by the operating-system user " + user;
    }

    private static String fileName(Register register, String extension) {
        return "registers/" + register.schoolId() + "/" + register.kind().slug() + "-"
            + register.generatedAt().toLocalDate() + "." + extension;
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return DAY.format(date);
        }
        if (value instanceof LocalDateTime dateTime) {
            return DAY_TIME.format(dateTime);
        }
        if (value instanceof Boolean yes) {
            return yes ? "Yes" : "No";
        }
        return value.toString();
    }
}
