package org.policydesk.escalation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.policydesk.reports.Register;
import org.policydesk.reports.RegisterKind;
import org.policydesk.reports.RegisterTable;
import org.policydesk.reports.Registers;
import org.policydesk.web.FormError;
import org.policydesk.workflow.Actor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The incident register: every reported comment, newest first, filtered by status, category,
 * path and the days reported; and the same rows as PDF or XLSX. The downloads are the register
 * governors receive (references and categories, never a name), narrowed to the page's filters.
 */
@Controller
class IncidentRegisterController {

    private static final MediaType XLSX =
        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final IncidentService incidents;
    private final IncidentPages pages;
    private final Registers registers;

    IncidentRegisterController(IncidentService incidents, IncidentPages pages, Registers registers) {
        this.incidents = incidents;
        this.pages = pages;
        this.registers = registers;
    }

    @GetMapping("/incidents")
    String register(Actor actor, @RequestParam Map<String, String> query, Model model) {
        IncidentReaders.requireMayReadRegister(actor);
        IncidentFilter filter = IncidentFilter.parse(query);
        List<Incident> shown = incidents.register(actor.schoolId()).stream().filter(filter::matches).toList();
        model.addAttribute("rows", pages.rows(shown, IncidentReaders.maySeeNames(actor)));
        model.addAttribute("namesShown", IncidentReaders.maySeeNames(actor));
        model.addAttribute("filtered", !filter.isEmpty());
        model.addAttribute("filterInWords", filter.describe());
        model.addAttribute("downloadQuery", filter.query());
        model.addAttribute("formErrors", filter.errors());
        model.addAttribute("fieldErrors", filter.errors().stream()
            .collect(Collectors.toMap(FormError::field, FormError::message, (first, second) -> first, LinkedHashMap::new)));
        Map<String, String> typed = new LinkedHashMap<>();
        IncidentFilter.FIELDS.forEach(field -> typed.put(field, query.getOrDefault(field, "")));
        model.addAttribute("formValues", typed);
        return "escalation/register";
    }

    @GetMapping("/incidents/register.pdf")
    ResponseEntity<byte[]> pdf(Actor actor, @RequestParam Map<String, String> query) {
        Register register = filtered(actor, query);
        return download(registers.exportPdf(register, actor.userId()), MediaType.APPLICATION_PDF, register, "pdf");
    }

    @GetMapping("/incidents/register.xlsx")
    ResponseEntity<byte[]> xlsx(Actor actor, @RequestParam Map<String, String> query) {
        Register register = filtered(actor, query);
        return download(registers.exportXlsx(register, actor.userId()), XLSX, register, "xlsx");
    }

    /** The register governors receive, keeping the rows (by reference) of the incidents the filters let through. */
    private Register filtered(Actor actor, Map<String, String> query) {
        IncidentReaders.requireMayReadRegister(actor);
        IncidentFilter filter = IncidentFilter.parse(query);
        if (!filter.errors().isEmpty()) {
            throw new IllegalArgumentException("The register cannot be downloaded with these filters: "
                + filter.errors().get(0).message() + ".");
        }
        Register whole = registers.build(actor.schoolId(), RegisterKind.INCIDENTS);
        if (filter.isEmpty()) {
            return whole;
        }
        Set<String> kept = incidents.register(actor.schoolId()).stream().filter(filter::matches)
            .map(incident -> IncidentWords.reference(incident.id())).collect(Collectors.toSet());
        List<RegisterTable> tables = new ArrayList<>();
        for (RegisterTable table : whole.tables()) {
            tables.add(new RegisterTable(table.heading(), table.columns(),
                table.rows().stream().filter(row -> kept.contains(String.valueOf(row.get(0)))).toList()));
        }
        return new Register(whole.kind(), whole.schoolId(), whole.title(),
            whole.description() + " Only the incidents that match: " + filter.describe() + ".", whole.generatedAt(), tables);
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, Register register, String extension) {
        String fileName = register.kind().slug() + "-register-" + register.generatedAt().toLocalDate() + "." + extension;
        return ResponseEntity.ok().contentType(type)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
            .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
            .body(content);
    }
}
