package org.policydesk.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.policydesk.audit.AuditChain;
import org.policydesk.audit.AuditEntry;
import org.policydesk.audit.AuditTrail;
import org.policydesk.documents.SpreadsheetText;
import org.policydesk.web.DisplayDates;
import org.policydesk.web.FormError;
import org.policydesk.web.NavigationLink;
import org.policydesk.workflow.Actor;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The school's audit trail: every entry, newest first, filtered by person, record and days, 50 a
 * page, under a banner that says whether the hash chain is intact (and if not, which entry breaks
 * it). The administrators and the Head Teacher may read it; the same view downloads as CSV, every
 * cell neutralised against formula injection, and the download is itself audited.
 */
@Controller
class AuditAdminController {

    static final int PAGE_SIZE = 50;
    /** A CSV is for one inquiry, not a copy of the database. */
    private static final int CSV_LIMIT = 50_000;
    private static final List<String> CSV_HEADERS = List.of("entry", "when", "who", "sign-in", "what", "record type",
        "record", "detail", "reason", "from where");

    private final AuditTrail audit;
    private final AuditChain chain;
    private final AdminPages pages;
    private final Clock clock;

    AuditAdminController(AuditTrail audit, AuditChain chain, AdminPages pages, Clock clock) {
        this.audit = audit;
        this.chain = chain;
        this.pages = pages;
        this.clock = clock;
    }

    @Bean
    static NavigationLink auditTrailLink() {
        return new NavigationLink(85, "Audit trail", "/admin/audit", AdminRules::mayReadAudit);
    }

    @GetMapping("/admin/audit")
    String trail(Actor actor, @RequestParam Map<String, String> typed, Model model) {
        AdminRules.requireAuditReader(actor);
        AuditFilter filter = AuditFilter.parse(actor.schoolId(), typed);
        AuditChain.Verification verification = chain.verify(actor.schoolId());
        int total = audit.count(filter.query());
        int lastPage = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(filter.page(), lastPage);
        List<AuditEntry> entries = audit.search(filter.query(), (page - 1) * PAGE_SIZE, PAGE_SIZE);
        model.addAttribute("verification", verification);
        Map<String, String> names = new HashMap<>();
        model.addAttribute("rows", entries.stream().map(entry -> row(entry, verification, names)).toList());
        model.addAttribute("total", total);
        model.addAttribute("page", page);
        model.addAttribute("lastPage", lastPage);
        model.addAttribute("firstShown", total == 0 ? 0 : (page - 1) * PAGE_SIZE + 1);
        model.addAttribute("lastShown", Math.min(total, page * PAGE_SIZE));
        String query = filter.queryString();
        model.addAttribute("pageLink", "/admin/audit?" + (query == null ? "" : query + "&") + "page=");
        model.addAttribute("csvLink", "/admin/audit.csv" + (query == null ? "" : "?" + query));
        model.addAttribute("filtered", !filter.isEmpty());
        model.addAttribute("people", options("Anyone", audit.actors(actor.schoolId()).stream()
            .map(userId -> List.of(userId, pages.nameOf(userId) + " (" + userId + ")")).toList()));
        model.addAttribute("recordTypes", options("Any record", audit.recordTypes(actor.schoolId()).stream()
            .map(type -> List.of(type, type)).toList()));
        model.addAttribute("formErrors", filter.errors());
        model.addAttribute("fieldErrors", filter.errors().stream()
            .collect(Collectors.toMap(FormError::field, FormError::message, (first, second) -> first, LinkedHashMap::new)));
        Map<String, String> values = new LinkedHashMap<>();
        AuditFilter.FIELDS.forEach(field -> values.put(field, typed.getOrDefault(field, "")));
        model.addAttribute("formValues", values);
        return "admin/audit";
    }

    @GetMapping("/admin/audit.csv")
    ResponseEntity<byte[]> csv(Actor actor, @RequestParam Map<String, String> typed) {
        AdminRules.requireAuditReader(actor);
        AuditFilter filter = AuditFilter.parse(actor.schoolId(), typed);
        if (!filter.errors().isEmpty()) {
            throw new IllegalArgumentException("The audit trail cannot be downloaded with these filters: "
                + filter.errors().get(0).message() + ".");
        }
        List<AuditEntry> entries = audit.search(filter.query(), 0, CSV_LIMIT);
        byte[] content = csv(entries);
        audit.record(actor.schoolId(), actor.userId(), "audit-exported", "audit-trail", actor.schoolId(),
            entries.size() + " entries as CSV" + (filter.isEmpty() ? "" : "; filters: " + filter.queryString()), null);
        String name = "audit-trail-" + actor.schoolId() + "-" + LocalDate.now(clock) + ".csv";
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
            .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
            .body(content);
    }

    /** UTF-8 with a byte-order mark (how Excel recognises it); every cell neutralised, whoever typed it. */
    private byte[] csv(List<AuditEntry> entries) {
        Map<String, String> names = new HashMap<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.EXCEL)) {
            printer.printRecord(CSV_HEADERS);
            for (AuditEntry entry : entries) {
                List<String> cells = List.of(String.valueOf(entry.id()), entry.occurredAt().toString(),
                    nameOf(entry.actor(), names), entry.actor(), entry.action(), entry.recordType(), entry.recordId(),
                    nullToEmpty(entry.detail()), nullToEmpty(entry.reason()), nullToEmpty(entry.origin()));
                printer.printRecord(cells.stream().map(SpreadsheetText::forCsv).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the audit trail as CSV", e);
        }
        return out.toByteArray();
    }

    /** A person's name, looked up once per page or download however many entries they made. */
    private String nameOf(String userId, Map<String, String> names) {
        return names.computeIfAbsent(userId, pages::nameOf);
    }

    private Row row(AuditEntry entry, AuditChain.Verification verification, Map<String, String> names) {
        return new Row(entry.id(), DisplayDates.dateTime(entry.occurredAt()), nameOf(entry.actor(), names), entry.actor(),
            AdminPages.inWords(entry.action()), entry.detail(), entry.reason(),
            entry.recordType(), entry.recordId(),
            "/admin/audit?recordType=" + encode(entry.recordType()) + "&recordId=" + encode(entry.recordId()),
            entry.origin() == null ? "Not recorded" : entry.origin(),
            !verification.intact() && verification.brokenAtEntry() == entry.id());
    }

    private static List<List<String>> options(String any, List<List<String>> choices) {
        List<List<String>> options = new ArrayList<>();
        options.add(List.of("", any));
        options.addAll(choices);
        return options;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** An entry as the page shows it; {@code brokenHere} marks where the chain breaks. */
    public record Row(long id, String when, String who, String signIn, String what, String detail, String reason,
                      String recordType, String recordId, String recordLink, String origin, boolean brokenHere) {
    }
}
