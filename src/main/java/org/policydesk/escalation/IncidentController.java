package org.policydesk.escalation;

import java.nio.file.Files;
import java.nio.file.Path;

import org.policydesk.audit.AuditTrail;
import org.policydesk.documents.Documents;
import org.policydesk.documents.IssuedDocument;
import org.policydesk.documents.OutputStore;
import org.policydesk.workflow.Actor;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One incident: the report, the triage and routing, where it is in its process now, what has
 * happened (from the audit trail), and its screenshot and letters to download. Every request
 * checks who is asking: the page for the register's readers and the reporter, names and files
 * only for the leadership team, the Head Teacher and the office (and whoever holds a step of it).
 * Opening the screenshot or a letter is an audit entry.
 */
@Controller
class IncidentController {

    private final IncidentService incidents;
    private final IncidentPages pages;
    private final IncidentProgress progress;
    private final Documents documents;
    private final OutputStore output;
    private final AuditTrail audit;

    IncidentController(IncidentService incidents, IncidentPages pages, IncidentProgress progress, Documents documents,
                       OutputStore output, AuditTrail audit) {
        this.incidents = incidents;
        this.pages = pages;
        this.progress = progress;
        this.documents = documents;
        this.output = output;
        this.audit = audit;
    }

    @GetMapping("/incidents/{id:\\d+}")
    String incident(Actor actor, @PathVariable long id, Model model) {
        Incident incident = incidents.get(id);
        IncidentReaders.requireMayRead(actor, incident);
        boolean names = IncidentReaders.maySeeNames(actor);
        model.addAttribute("incident", pages.view(incident, names));
        model.addAttribute("steps", progress.openSteps(actor, incident));
        progress.waitingForFollowUp(incident).ifPresent(waiting -> model.addAttribute("waiting", waiting));
        model.addAttribute("timeline", progress.timeline(incident, names));
        if (names) {
            model.addAttribute("documents", progress.documents(incident));
            model.addAttribute("lettersWithoutAddressee", progress.lettersWithoutAddressee(incident));
        }
        return "escalation/incident";
    }

    @GetMapping("/incidents/{id:\\d+}/screenshot")
    ResponseEntity<Resource> screenshot(Actor actor, @PathVariable long id) {
        Incident incident = incidents.get(id);
        IncidentReaders.requireMaySeeEvidence(actor, incident, progress.givenAStep(actor, incident));
        Screenshot screenshot = incidents.screenshot(id).orElseThrow(() -> new IllegalArgumentException(
            IncidentWords.reference(id) + " has no screenshot."));
        audit.record(incident.schoolId(), actor.userId(), "screenshot-viewed", EscalationProcess.RECORD_TYPE, id,
            "Screenshot " + screenshot.downloadName(id), null);
        return file(screenshot.path(), MediaType.parseMediaType(screenshot.type().mediaType()), screenshot.downloadName(id));
    }

    @GetMapping("/incidents/{id:\\d+}/documents/{documentId:\\d+}")
    ResponseEntity<Resource> document(Actor actor, @PathVariable long id, @PathVariable long documentId) {
        Incident incident = incidents.get(id);
        IncidentReaders.requireMaySeeEvidence(actor, incident, progress.givenAStep(actor, incident));
        IssuedDocument document = documents.issuedFor(EscalationProcess.RECORD_TYPE, id).stream()
            .filter(issued -> issued.id() == documentId).findFirst()
            .orElseThrow(() -> new IllegalArgumentException(IncidentWords.reference(id) + " has no such document."));
        Path path = output.resolve(document.name());
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("The file of this document is missing from the output folder.");
        }
        documents.recordViewed(document, actor.userId());
        String fileName = IncidentWords.reference(id) + "-" + path.getFileName();
        return file(path, MediaType.APPLICATION_PDF, fileName);
    }

    /** Always as a download: a file from outside is never shown inside PolicyDesk's own pages. */
    private static ResponseEntity<Resource> file(Path path, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
            .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
            .body(new FileSystemResource(path));
    }
}
