package org.policydesk.handover;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.policydesk.audit.AuditTrail;
import org.policydesk.documents.Documents;
import org.policydesk.documents.IssuedDocument;
import org.policydesk.documents.OutputStore;
import org.policydesk.people.Person;
import org.policydesk.web.DisplayDates;
import org.policydesk.workflow.Actor;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The handover register (filtered by status and reason, downloadable as PDF and XLSX with the
 * same filters) and each handover's page: its accounts step by step, what is still waiting and
 * for whom, escalations, the timeline from the audit trail, and its certificate.
 */
@Controller
class HandoversController {

    static final Map<String, HandoverStatus> STATUSES = Map.of("open", HandoverStatus.OPEN,
        "complete", HandoverStatus.COMPLETE);
    static final Map<String, HandoverReason> REASONS = Map.of("left", HandoverReason.LEFT,
        "revoked", HandoverReason.REVOKED);

    private final HandoverService handovers;
    private final HandoverPages pages;
    private final AuditTrail audit;
    private final Documents documents;
    private final OutputStore output;

    HandoversController(HandoverService handovers, HandoverPages pages, AuditTrail audit, Documents documents,
                        OutputStore output) {
        this.handovers = handovers;
        this.pages = pages;
        this.audit = audit;
        this.documents = documents;
        this.output = output;
    }

    static String reference(long handoverId) {
        return String.format("HO-%04d", handoverId);
    }

    @GetMapping("/handovers")
    String register(Actor actor, @RequestParam(defaultValue = "") String status,
                    @RequestParam(defaultValue = "") String reason, Model model) {
        HandoverPages.requireMayReadRegister(actor);
        HandoverStatus wantedStatus = STATUSES.get(status);
        HandoverReason wantedReason = REASONS.get(reason);
        List<Row> rows = handovers.register(actor.schoolId()).stream()
            .filter(handover -> wantedStatus == null || handover.status() == wantedStatus)
            .filter(handover -> wantedReason == null || handover.reason() == wantedReason)
            .map(this::row).toList();
        Map<String, String> filters = new LinkedHashMap<>();
        if (wantedStatus != null) {
            filters.put("status", status);
        }
        if (wantedReason != null) {
            filters.put("reason", reason);
        }
        model.addAttribute("rows", rows);
        model.addAttribute("status", wantedStatus == null ? "" : status);
        model.addAttribute("reason", wantedReason == null ? "" : reason);
        model.addAttribute("filtered", !filters.isEmpty());
        model.addAttribute("pdf", download("pdf", filters));
        model.addAttribute("xlsx", download("xlsx", filters));
        model.addAttribute("mayRecordLeaving", EmploymentChangesController.mayRecordLeaving(actor));
        model.addAttribute("mayRecordSuspension", EmploymentChangesController.mayRecordSuspension(actor));
        return "handover/register";
    }

    @GetMapping("/handovers/{id:\\d+}")
    String handover(Actor actor, @PathVariable long id, Model model) {
        Handover handover = handovers.get(id);
        pages.requireMayRead(actor, handover);
        List<HandoverStep> steps = handovers.steps(id);
        model.addAttribute("row", row(handover));
        model.addAttribute("handover", handover);
        model.addAttribute("accounts", steps.stream().map(pages::accountRow).toList());
        model.addAttribute("waiting", pages.openSteps(actor, handover));
        model.addAttribute("escalations", audit.entriesFor(HandoverProcess.RECORD_TYPE, id).stream()
            .filter(entry -> entry.action().startsWith("handover-step-"))
            .map(entry -> new Event(DisplayDates.dateTime(entry.occurredAt()), pages.nameOf(entry.actor()),
                entry.action().equals("handover-step-escalated") ? "Escalated" : "Chased", entry.detail(), entry.reason()))
            .toList());
        model.addAttribute("timeline", audit.entriesFor(HandoverProcess.RECORD_TYPE, id).stream()
            .map(entry -> new Event(DisplayDates.dateTime(entry.occurredAt()), pages.nameOf(entry.actor()),
                describe(entry.action()), entry.detail(), entry.reason()))
            .toList());
        model.addAttribute("documents", documents.issuedFor(HandoverProcess.RECORD_TYPE, id).stream()
            .map(document -> new DocumentLink(document.id(), title(document.kind()), DisplayDates.dateTime(document.issuedAt()),
                "/handovers/" + id + "/documents/" + document.id()))
            .toList());
        return "handover/handover";
    }

    /** A certificate or other document filed with the handover, for those who may read the handover. */
    @GetMapping("/handovers/{id:\\d+}/documents/{documentId:\\d+}")
    ResponseEntity<FileSystemResource> document(Actor actor, @PathVariable long id, @PathVariable long documentId) {
        pages.requireMayRead(actor, handovers.get(id));
        IssuedDocument document = documents.issuedFor(HandoverProcess.RECORD_TYPE, id).stream()
            .filter(issued -> issued.id() == documentId).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("Handover " + reference(id) + " has no document " + documentId + "."));
        Path file = output.resolve(document.name());
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("The file of this document is missing from the output folder; "
                + "ask the administrator to restore it.");
        }
        documents.recordViewed(document, actor.userId());
        try {
            return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(Files.size(file))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(reference(id) + "-" + document.kind() + ".pdf").build().toString())
                .body(new FileSystemResource(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Row row(Handover handover) {
        Person leaver = pages.leaver(handover);
        return new Row(handover.id(), reference(handover.id()), leaver.fullName(), leaver.roleTitle(),
            handover.reason() == HandoverReason.LEFT ? "Left the school" : "Official use revoked",
            handover.status() == HandoverStatus.OPEN ? "Open" : "Complete", handover.status() == HandoverStatus.OPEN,
            DisplayDates.date(handover.startedAt().toLocalDate()),
            handover.completedAt() == null ? "" : DisplayDates.date(handover.completedAt().toLocalDate()),
            handovers.steps(handover.id()).size(), assistance(handover.leaverAssistance()), handover.assistanceNote(),
            handover.outcome());
    }

    private static String assistance(LeaverAssistance assistance) {
        return assistance == null ? "Not yet recorded" : switch (assistance) {
            case FULL -> "Fully";
            case PARTIAL -> "Partly";
            case NONE -> "Not at all";
        };
    }

    private static String download(String extension, Map<String, String> filters) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/registers/handovers." + extension);
        filters.forEach(uri::queryParam);
        return uri.toUriString();
    }

    private static String title(String kind) {
        String words = kind.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.UK) + words.substring(1);
    }

    /** Audit actions in words; anything unknown is shown as its code, turned into words. */
    private static String describe(String action) {
        return switch (action) {
            case "handover-opened" -> "Handover started";
            case "handover-credentials-surrendered" -> "Surrender recorded";
            case "handover-secret-rotated" -> "Password or token changed";
            case "handover-account-transferred" -> "Account transferred";
            case "handover-account-cancelled" -> "Account cancelled";
            case "handover-step-escalated" -> "Overdue step escalated";
            case "handover-step-chased" -> "Overdue step chased";
            case "handover-assistance-recorded" -> "Leaver's assistance recorded";
            case "handover-completed" -> "Handover complete";
            case "document-issued" -> "Document filed";
            default -> title(action);
        };
    }

    /** A register row, in words. */
    public record Row(long id, String reference, String leaver, String role, String reason, String status, boolean open,
                      String started, String completed, int accounts, String assistance, String assistanceNote,
                      String outcome) {
    }

    public record Event(String when, String by, String what, String detail, String reason) {
    }

    public record DocumentLink(long id, String title, String issued, String href) {
    }
}
