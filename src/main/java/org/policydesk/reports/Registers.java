package org.policydesk.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.policydesk.documents.DocumentTemplates;
import org.policydesk.documents.Documents;
import org.policydesk.documents.Letterheads;
import org.policydesk.documents.OutputStore;
import org.policydesk.documents.StoredDocument;
import org.springframework.stereotype.Service;

/**
 * The registers governors receive, as PDF (printed from {@code templates/registers/register.ftlh},
 * header row repeated on every page) and as XLSX (for sorting and filtering).
 */
@Service
public class Registers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private final RegisterSources sources;
    private final Documents documents;
    private final Letterheads letterheads;
    private final OutputStore output;

    Registers(RegisterSources sources, Documents documents, Letterheads letterheads, OutputStore output) {
        this.sources = sources;
        this.documents = documents;
        this.letterheads = letterheads;
        this.output = output;
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

    /** Builds the register and stores it as {@code registers/<kind>-<date>.pdf} in the output folder. */
    public StoredDocument storePdf(String schoolId, RegisterKind kind) {
        Register register = build(schoolId, kind);
        byte[] pdf = pdf(register);
        return output.write(fileName(register, "pdf"), pdf);
    }

    /** Builds the register and streams it as {@code registers/<kind>-<date>.xlsx} into the output folder. */
    public StoredDocument storeXlsx(String schoolId, RegisterKind kind) {
        Register register = build(schoolId, kind);
        return output.write(fileName(register, "xlsx"), out -> xlsx(register, out));
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
