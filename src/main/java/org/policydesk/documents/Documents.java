package org.policydesk.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;

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
    private final Clock clock;

    Documents(DocumentRenderer renderer, OutputStore output, Letterheads letterheads, Clock clock) {
        this.renderer = renderer;
        this.output = output;
        this.letterheads = letterheads;
        this.clock = clock;
    }

    public StoredDocument issue(String schoolId, String template, Map<String, ?> fields, String outputName) {
        output.resolve(outputName);
        byte[] pdf = render(schoolId, template, fields);
        return output.write(outputName, pdf);
    }

    public byte[] render(String schoolId, String template, Map<String, ?> fields) {
        return renderer.pdf(template, model(schoolId, fields));
    }

    /** The model a template sees: the caller's fields, the letterhead as {@code school}, and {@code today}. */
    public Map<String, Object> model(String schoolId, Map<String, ?> fields) {
        Map<String, Object> model = new HashMap<>(fields);
        model.put("school", letterheads.of(schoolId));
        model.putIfAbsent("today", LocalDate.now(clock));
        return model;
    }
}
