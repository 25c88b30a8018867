package org.policydesk.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.policydesk.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one call a process step needs: fill a template for a school, render it and store it.
 * <pre>
 * StoredDocument letter = documents.issue(schoolId, DocumentTemplates.REMOVAL_REQUEST,
 *     Map.of("parent", parent, "pupil", pupil, "incident", incident), "incidents/42/removal-request.pdf");
 * </pre>
 * Templates see the caller's fields plus {@code school} (the {@link Letterhead}) and {@code today}
 * (unless given). A missing or blank required field is refused with {@link MissingDocumentDataException}
 * before anything is written.
 */
@Service
public class Documents {

    private final DocumentRenderer renderer;
    private final OutputStore output;
    private final Letterheads letterheads;
    private final IssuedDocuments issued;
    private final AuditTrail audit;
    private final Clock clock;

    Documents(DocumentRenderer renderer, OutputStore output, Letterheads letterheads, IssuedDocuments issued,
              AuditTrail audit, Clock clock) {
        this.renderer = renderer;
        this.output = output;
        this.letterheads = letterheads;
        this.issued = issued;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What a process step calls: renders the template for the record's school, stores it under the
     * record's folder ({@code incidents/keston/42/removal-request.pdf}), links it to the record and
     * audits it. If the surrounding transaction rolls back, the file is removed again, so a refused
     * step leaves no document behind.
     */
    public IssuedDocument issueFor(RecordRef record, String kind, String template, Map<String, ?> fields,
                                   String issuedBy) {
        String name = freeName(record.folder() + "/" + kind, "pdf");
        StoredDocument stored = issue(record.schoolId(), template, fields, name);
        return link(record, kind, stored, issuedBy);
    }

    /**
     * Files a document made some other way (a zip, a PDF already rendered) under the record's folder
     * as {@code <kind>.<extension>}, written atomically, linked to the record and audited like
     * {@link #issueFor}; removed again if the surrounding transaction rolls back.
     */
    public IssuedDocument fileFor(RecordRef record, String kind, String extension, OutputStore.Content content,
                                  String issuedBy) {
        StoredDocument stored = output.write(freeName(record.folder() + "/" + kind, extension), content);
        return link(record, kind, stored, issuedBy);
    }

    private IssuedDocument link(RecordRef record, String kind, StoredDocument stored, String issuedBy) {
        removeIfRolledBack(stored);
        IssuedDocument document = issued.add(record, kind, stored.name(), issuedBy, LocalDateTime.now(clock));
        audit.record(record.schoolId(), issuedBy, "document-issued", record.type(), record.id(),
            kind + ": " + stored.name(), null);
        return document;
    }

    /**
     * Notes on the record's audit trail that someone opened (downloaded) a filed document: letters
     * and certificates name children and parents, so who looked at them is part of the record.
     */
    public void recordViewed(IssuedDocument document, String viewedBy) {
        audit.record(document.schoolId(), viewedBy, "document-viewed", document.recordType(), document.recordId(),
            document.kind() + ": " + document.name(), null);
    }

    /** The letters and notices produced for a record, oldest first. */
    public List<IssuedDocument> issuedFor(String recordType, Object recordId) {
        return issued.forRecord(recordType, String.valueOf(recordId));
    }

    private String freeName(String base, String extension) {
        String name = base + "." + extension;
        for (int n = 2; output.exists(name); n++) {
            name = base + "-" + n + "." + extension;
        }
        return name;
    }

    private void removeIfRolledBack(StoredDocument stored) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_ROLLED_BACK) {
                    try {
                        Files.deleteIfExists(stored.path());
                    } catch (IOException e) {
                        throw new UncheckedIOException("Could not remove " + stored.name() + " after a refused step", e);
                    }
                }
            }
        });
    }

    public StoredDocument issue(String schoolId, String template, Map<String, ?> fields, String outputName) {
        output.resolve(outputName);
        byte[] pdf = render(schoolId, template, fields);
        return output.write(outputName, pdf);
    }

    public byte[] render(String schoolId, String template, Map<String, ?> fields) {
        return renderer.pdf(template, model(schoolId, fields));
    }

    /** A long document for a school, laid out a part at a time: see {@link DocumentRenderer#pdfInParts}. */
    public byte[] renderInParts(String schoolId, String template, PartedDocument document) {
        return renderer.pdfInParts(template, document.with(model(schoolId, Map.of())));
    }

    /** The model a template sees: the caller's fields, the letterhead as {@code school}, and {@code today}. */
    public Map<String, Object> model(String schoolId, Map<String, ?> fields) {
        return model(letterheads.of(schoolId), LocalDate.now(clock), fields);
    }

    /** The same for a letterhead at hand (a made-up school's, say); {@code fields} may set {@code today} themselves. */
    public static Map<String, Object> model(Letterhead school, LocalDate today, Map<String, ?> fields) {
        Map<String, Object> model = new HashMap<>(fields);
        model.put("school", school);
        model.putIfAbsent("today", today);
        return model;
    }
}
