package org.policydesk.subjectaccess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.task.Task;
import org.policydesk.audit.AuditTrail;
import org.policydesk.web.DateFields;
import org.policydesk.web.DisplayDates;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.UserTasks;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The subject access pages under administration: the list with due dates, recording a request,
 * each request with its pack, and the check-and-send form. Every page asks the service, which
 * checks the person's role again.
 */
@Controller
class SubjectAccessController {

    static final MediaType ZIP = MediaType.parseMediaType("application/zip");
    private static final Pattern FOLDERS = Pattern.compile("(?:[\\w.-]+/)+(?=[\\w.-]+\\.\\w+)");
    private static final Pattern DOCUMENT_ISSUED = Pattern.compile("^([\\w-]+): (\\1\\.\\w+)$");

    private final SubjectAccess subjectAccess;
    private final SubjectAccessPages pages;
    private final UserTasks userTasks;
    private final AuditTrail audit;
    private final Clock clock;

    SubjectAccessController(SubjectAccess subjectAccess, SubjectAccessPages pages, UserTasks userTasks,
                            AuditTrail audit, Clock clock) {
        this.subjectAccess = subjectAccess;
        this.pages = pages;
        this.userTasks = userTasks;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/admin/subject-access")
    String list(Actor actor, Model model) {
        LocalDateTime now = LocalDateTime.now(clock);
        model.addAttribute("requests", subjectAccess.register(actor).stream().map(request -> pages.row(request, now))
            .toList());
        return "subjectaccess/index";
    }

    @GetMapping("/admin/subject-access/new")
    String newRequest(Actor actor, Model model) {
        SubjectAccessRules.requireMayHandle(actor);
        model.addAttribute("people", pages.choices(actor.schoolId()));
        model.addAttribute("ways", Arrays.stream(ReceivedHow.values())
            .map(how -> List.of(how.name(), how.label(), "")).toList());
        return "subjectaccess/new";
    }

    @PostMapping("/admin/subject-access/new")
    String start(Actor actor, @RequestParam(required = false) String personId,
                 @RequestParam(required = false) String askedBy, @RequestParam(required = false) String receivedDay,
                 @RequestParam(required = false) String receivedMonth, @RequestParam(required = false) String receivedYear,
                 @RequestParam(required = false) String receivedHow, RedirectAttributes redirect) {
        SubjectAccessRules.requireMayHandle(actor);
        long person = parseId(personId);
        ReceivedHow how = SubjectAccessPages.choice(ReceivedHow.class, receivedHow, "Choose how the request came in.");
        long id = subjectAccess.start(actor, person, askedBy,
            DateFields.parse(receivedDay, receivedMonth, receivedYear, "the date the request was received"), how);
        SubjectAccessRequest request = subjectAccess.get(actor, id);
        redirect.addFlashAttribute("notice", "The request is recorded as " + SubjectAccessPack.reference(id)
            + " and its pack is ready to check. The response is due by " + DisplayDates.date(request.dueOn()) + ".");
        return "redirect:/admin/subject-access/" + id;
    }

    @GetMapping("/admin/subject-access/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        SubjectAccessRequest request = subjectAccess.get(actor, id);
        model.addAttribute("request", pages.row(request, LocalDateTime.now(clock)));
        pages.checkTask(actor, id).ifPresent(task -> model.addAttribute("checkTaskId", task.getId()));
        model.addAttribute("timeline", audit.entriesFor(SubjectAccessProcess.RECORD_TYPE, id).stream()
            .map(entry -> List.of(DisplayDates.dateTime(entry.occurredAt()), pages.nameOf(entry.actor()),
                entry.action().replace('-', ' '), detailInWords(entry.detail())))
            .toList());
        return "subjectaccess/request";
    }

    @PostMapping("/admin/subject-access/{id}/pack")
    String packAgain(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        subjectAccess.pack(actor, id);
        redirect.addFlashAttribute("notice", "The pack for " + SubjectAccessPack.reference(id)
            + " was produced again from the records as they are now.");
        return "redirect:/admin/subject-access/" + id;
    }

    @GetMapping("/admin/subject-access/{id}/pack")
    ResponseEntity<FileSystemResource> pack(Actor actor, @PathVariable long id) throws IOException {
        return attachment(subjectAccess.download(actor, id, false), ZIP,
            SubjectAccessPack.reference(id) + "-pack.zip");
    }

    @GetMapping("/admin/subject-access/{id}/summary")
    ResponseEntity<FileSystemResource> summary(Actor actor, @PathVariable long id) throws IOException {
        return attachment(subjectAccess.download(actor, id, true), MediaType.APPLICATION_PDF,
            SubjectAccessPack.reference(id) + "-summary.pdf");
    }

    @GetMapping("/admin/subject-access/check/{taskId}")
    String checkForm(Actor actor, @PathVariable String taskId, Model model) {
        Task task = userTasks.openTaskFor(actor, taskId, SubjectAccessProcess.TASK_CHECK_AND_SEND);
        SubjectAccessRules.requireMayCheckAndSend(actor);
        SubjectAccessRequest request = subjectAccess.forTask(task);
        SubjectAccessRules.requireSameSchool(actor, request.schoolId());
        model.addAttribute("task", task);
        model.addAttribute("request", pages.row(request, LocalDateTime.now(clock)));
        model.addAttribute("ways", Arrays.stream(SentHow.values()).map(how -> List.of(how.name(), how.label(), ""))
            .toList());
        return "subjectaccess/check";
    }

    @PostMapping("/admin/subject-access/check/{taskId}")
    String recordSent(Actor actor, @PathVariable String taskId, @RequestParam(required = false) String sentDay,
                      @RequestParam(required = false) String sentMonth, @RequestParam(required = false) String sentYear,
                      @RequestParam(required = false) String sentHow, @RequestParam(required = false) String note,
                      RedirectAttributes redirect) {
        Task task = userTasks.openTaskFor(actor, taskId, SubjectAccessProcess.TASK_CHECK_AND_SEND);
        SubjectAccessRequest request = subjectAccess.forTask(task);
        subjectAccess.recordSent(actor, taskId,
            DateFields.parse(sentDay, sentMonth, sentYear, "the date the response was sent"),
            SubjectAccessPages.choice(SentHow.class, sentHow, "Choose how the response was sent."), note);
        redirect.addFlashAttribute("notice", "The response to " + SubjectAccessPack.reference(request.id())
            + " is recorded as sent. The request is closed.");
        return "redirect:/admin/subject-access/" + request.id();
    }

    /**
     * The history shows a file by its name: the folders under the output store (school, request id)
     * mean nothing to the office, and "subject-access-pack: .../subject-access-pack.zip" says it twice.
     */
    static String detailInWords(String detail) {
        if (detail == null) {
            return "";
        }
        String files = FOLDERS.matcher(detail).replaceAll("");
        return DOCUMENT_ISSUED.matcher(files).replaceAll("$2");
    }

    private static long parseId(String personId) {
        try {
            return Long.parseLong(personId == null ? "" : personId.strip());
        } catch (NumberFormatException notChosen) {
            throw new IllegalArgumentException("Choose the person the request is about.");
        }
    }

    /** Streamed from the output folder; the security filter adds nosniff to every response. */
    private static ResponseEntity<FileSystemResource> attachment(Path file, MediaType type, String name)
            throws IOException {
        return ResponseEntity.ok().contentType(type).contentLength(Files.size(file))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
            .body(new FileSystemResource(file));
    }
}
