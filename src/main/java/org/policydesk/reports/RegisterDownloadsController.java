package org.policydesk.reports;

import java.util.Map;

import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Groups;
import org.policydesk.workflow.NotEntitledException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every register as PDF or XLSX ({@code /registers/handovers.pdf?status=open}), with the filters
 * of its page. One place for the downloads, so that the feature pages (the accounts page among
 * them, which the reports module reads from) only link here. No register carries a secret or a
 * pupil's or parent's name.
 */
@Controller
class RegisterDownloadsController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Registers registers;

    RegisterDownloadsController(Registers registers) {
        this.registers = registers;
    }

    static boolean mayDownload(Actor actor) {
        return actor.isInAny(Groups.REGISTER_READERS);
    }

    @GetMapping("/registers/{slug}.pdf")
    ResponseEntity<byte[]> pdf(Actor actor, @PathVariable String slug, @RequestParam Map<String, String> filters) {
        Register register = build(actor, slug, filters);
        return file(registers.exportPdf(register, actor.userId()), MediaType.APPLICATION_PDF, register, "pdf");
    }

    @GetMapping("/registers/{slug}.xlsx")
    ResponseEntity<byte[]> xlsx(Actor actor, @PathVariable String slug, @RequestParam Map<String, String> filters) {
        Register register = build(actor, slug, filters);
        return file(registers.exportXlsx(register, actor.userId()), XLSX, register, "xlsx");
    }

    private Register build(Actor actor, String slug, Map<String, String> filters) {
        if (!mayDownload(actor)) {
            throw new NotEntitledException("Only the leadership team, the office, the clerk and the governors may "
                + "download the registers.");
        }
        RegisterKind kind = RegisterKind.fromSlug(slug);
        return RegisterFilters.apply(registers.build(actor.schoolId(), kind), filters);
    }

    static ResponseEntity<byte[]> file(byte[] content, MediaType type, Register register, String extension) {
        String name = register.kind().slug() + "-" + register.generatedAt().toLocalDate() + "." + extension;
        return attachment(content, type, name);
    }

    static ResponseEntity<byte[]> attachment(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok()
            .contentType(type)
            .contentLength(content.length)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
            .body(content);
    }
}
