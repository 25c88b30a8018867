package org.policydesk.subjectaccess;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.policydesk.audit.AuditEntry;
import org.policydesk.documents.Documents;
import org.policydesk.documents.IssuedDocument;
import org.policydesk.documents.OutputStore;
import org.policydesk.documents.RecordRef;
import org.policydesk.people.Person;
import org.policydesk.school.Schools;
import org.policydesk.web.DisplayDates;
import org.springframework.stereotype.Component;

/**
 * Produces the pack for a request: one zip with the PDF summary, every register's rows naming the
 * person as JSON (redacted), the audit entries, and the letters and notices addressed to or about
 * them copied from the output folder as issued. The zip and the summary are filed against the
 * request, so its record links to both.
 */
@Component
class SubjectAccessPack {

    static final String TEMPLATE = "reports/subject-access-summary.ftlh";
    static final String SUMMARY_ENTRY = "summary.pdf";
    private static final int SUMMARY_TEXT = 300;
    /** Registers whose records the school refers to by a reference rather than a bare number. */
    private static final Map<String, String> REFERENCED = Map.of("incidents", "incident",
        "subject-access-requests", SubjectAccessProcess.RECORD_TYPE);

    private final PersonalData personalData;
    private final Documents documents;
    private final OutputStore output;
    private final Schools schools;
    private final ObjectMapper json;

    SubjectAccessPack(PersonalData personalData, Documents documents, OutputStore output, Schools schools,
                      ObjectMapper json) {
        this.personalData = personalData;
        this.documents = documents;
        this.output = output;
        this.schools = schools;
        this.json = json.copy();
    }

    record Produced(IssuedDocument pack, IssuedDocument summary, int records, int decisions, int letters) {
    }

    Produced produce(SubjectAccessRequest request, Person person, String producedBy, LocalDateTime at) {
        Holdings holdings = personalData.of(person);
        Redaction redaction = new Redaction(person, holdings.family(), personalData.everyone(person.schoolId()),
            schools.find(person.schoolId()).map(school -> school.name()).orElse(""));
        List<IssuedDocument> letters = holdings.documents().stream()
            .filter(document -> output.exists(document.name())).toList();
        List<Holdings.Register> redacted = holdings.registers().stream().map(register -> new Holdings.Register(
            register.file(), register.heading(), RedactedRecords.rows(register.rows(), redaction))).toList();
        byte[] summary = documents.render(person.schoolId(), TEMPLATE, summaryModel(request, holdings, redacted,
            letters, redaction, at));
        RecordRef record = RecordRef.of(request.schoolId(), SubjectAccessProcess.RECORD_TYPE, request.id());
        IssuedDocument summaryDocument = documents.fileFor(record, "subject-access-summary", "pdf",
            out -> out.write(summary), producedBy);
        IssuedDocument pack = documents.fileFor(record, "subject-access-pack", "zip",
            out -> writeZip(out, summary, redacted, holdings, letters, redaction), producedBy);
        return new Produced(pack, summaryDocument, holdings.recordCount(), holdings.decisions().size(), letters.size());
    }

    /** {@code redacted}: the holdings' registers with other people's names already taken out. */
    private void writeZip(OutputStream out, byte[] summary, List<Holdings.Register> redacted, Holdings holdings,
                          List<IssuedDocument> letters, Redaction redaction) throws IOException {
        // Not closed: the output store flushes and closes the file itself once the content is written.
        ZipOutputStream zip = new ZipOutputStream(out);
        add(zip, SUMMARY_ENTRY, summary);
        for (Holdings.Register register : redacted) {
            add(zip, "records/" + register.file() + ".json",
                json.writerWithDefaultPrettyPrinter().writeValueAsBytes(register.rows()));
        }
        add(zip, "decisions/audit-entries.json", json.writerWithDefaultPrettyPrinter().writeValueAsBytes(
            holdings.decisions().stream().map(entry -> RedactedRecords.entry(entry, redaction)).toList()));
        for (IssuedDocument letter : letters) {
            add(zip, letterEntry(letter), Files.readAllBytes(output.resolve(letter.name())));
        }
        zip.finish();
    }

    private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /** "letters/incident-3-removal-request.pdf": the record it belongs to and the file's own name. */
    static String letterEntry(IssuedDocument letter) {
        return "letters/" + letter.recordType() + "-" + letter.recordId() + "-" + Path.of(letter.name()).getFileName();
    }

    private Map<String, Object> summaryModel(SubjectAccessRequest request, Holdings holdings,
                                             List<Holdings.Register> redacted, List<IssuedDocument> letters,
                                             Redaction redaction, LocalDateTime at) {
        Person person = holdings.person();
        Map<String, Object> model = new HashMap<>();
        Map<String, Object> subject = new HashMap<>();
        subject.put("name", person.fullName());
        subject.put("kind", person.kind().name().toLowerCase(Locale.ROOT));
        subject.put("role", person.roleTitle());
        subject.put("className", person.className());
        subject.put("email", person.email());
        subject.put("status", person.status().name().toLowerCase(Locale.ROOT));
        subject.put("signIn", person.userId());
        subject.put("groups", String.join(", ", holdings.signInGroups()));
        subject.put("family", holdings.family().stream().map(Person::fullName).toList());
        model.put("subject", subject);
        model.put("request", Map.of("reference", reference(request.id()),
            "receivedOn", DisplayDates.date(request.receivedOn()), "receivedHow", request.receivedHow().label(),
            "askedBy", request.askedBy() == null ? person.fullName() : redaction.text(request.askedBy()),
            "dueOn", DisplayDates.date(request.dueOn())));
        model.put("producedAt", DisplayDates.dateTime(at));
        model.put("sections", redacted.stream().filter(register -> !register.rows().isEmpty())
            .filter(register -> !register.file().equals("people-register") && !register.file().equals("family-links"))
            .map(SubjectAccessPack::section).toList());
        model.put("decisions", holdings.decisions().stream().map(entry -> decision(entry, redaction)).toList());
        model.put("letters", letters.stream().map(letter -> List.of(DisplayDates.dateTime(letter.issuedAt()),
            words(letter.kind()), recordLabel(letter.recordType(), letter.recordId()), letterEntry(letter))).toList());
        model.put("today", LocalDate.from(at));
        return model;
    }

    /** One register's table in the summary; its rows already redacted. */
    private static Map<String, Object> section(Holdings.Register register) {
        List<SummaryColumns.Column> columns = SummaryColumns.BY_REGISTER.getOrDefault(register.file(), List.of());
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, Object> row : register.rows()) {
            rows.add(columns.stream().map(column -> column.name().equals("id") && REFERENCED.containsKey(register.file())
                ? recordLabel(REFERENCED.get(register.file()), String.valueOf(row.get("id")))
                : cell(row.get(column.name()))).toList());
        }
        return Map.of("heading", register.heading(), "file", "records/" + register.file() + ".json",
            "count", register.rows().size(), "columns", columns.stream().map(column -> Map.of("header",
                column.header(), "widthPercent", column.widthPercent())).toList(), "rows", columns.isEmpty() ? List.of() : rows);
    }

    private static List<String> decision(AuditEntry entry, Redaction redaction) {
        String detail = join(redaction.text(entry.detail()), redaction.text(entry.reason()));
        return List.of(DisplayDates.dateTime(entry.occurredAt()), String.valueOf(redaction.who(entry.actor())),
            words(entry.action()), recordLabel(entry.recordType(), RedactedRecords.recordId(entry, redaction)),
            shorten(detail));
    }

    /** A value as the summary prints it: dates in words, codes as words, long text shortened. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?")) {
            return DisplayDates.dateTime(LocalDateTime.parse(text));
        }
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return DisplayDates.date(LocalDate.parse(text));
        }
        if (value instanceof Boolean yes) {
            return yes ? "Yes" : "No";
        }
        if (text.matches("[A-Z][A-Z_]+")) {
            return words(text);
        }
        return shorten(text);
    }

    /** "INC-0003", "SAR-0001", "Official use 2": a record as the school's other papers name it. */
    static String recordLabel(String type, String id) {
        boolean number = id != null && id.matches("\\d{1,9}");
        return switch (type) {
            case "incident" -> number ? String.format("INC-%04d", Long.parseLong(id)) : "Incident " + id;
            case SubjectAccessProcess.RECORD_TYPE -> number ? reference(Long.parseLong(id)) : "Request " + id;
            default -> words(type) + " " + id;
        };
    }

    static String reference(long requestId) {
        return String.format("SAR-%04d", requestId);
    }

    private static String words(String code) {
        String spaced = code.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static String join(String detail, String reason) {
        if (detail == null || detail.isBlank()) {
            return reason == null ? "" : reason;
        }
        return reason == null || reason.isBlank() ? detail : detail + ". " + reason;
    }

    private static String shorten(String text) {
        return text.length() <= SUMMARY_TEXT ? text : text.substring(0, SUMMARY_TEXT - 1) + "\u2026";
    }
}
