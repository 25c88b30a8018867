package org.policydesk.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.policydesk.audit.AuditTrail;
import org.policydesk.database.RecordRows;
import org.policydesk.documents.Documents;
import org.policydesk.documents.OutputStore;
import org.policydesk.documents.StoredDocument;
import org.policydesk.reports.GovernorReport.Count;
import org.policydesk.reports.GovernorReport.Coverage;
import org.policydesk.reports.GovernorReport.OfficialUserChange;
import org.policydesk.reports.GovernorReport.OpenEscalation;
import org.policydesk.school.School;
import org.policydesk.school.Schools;
import org.policydesk.workflow.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers the governors' termly report from the registers and the open escalation tasks. */
@Service
@Transactional(readOnly = true)
public class GovernorReports {

    /** Shared with the incident register, so both documents name categories and outcomes alike. */
    static final Map<String, String> CATEGORIES = labels(
        "PRAISE", "Praise", "NEGATIVE", "Negative but fair", "COMPLAINT", "Complaint or campaign",
        "DEFAMATORY", "Defamatory or libellous", "BULLYING", "Online bullying", "RACIST", "Racist element",
        "VIOLENCE", "Violence threatened or encouraged");
    static final Map<String, String> OUTCOMES = labels(
        "RECORDED", "Recorded, no action needed", "REMOVED", "Removed", "NOT_REMOVED", "Not removed",
        "REFERRED", "Referred", "NO_ACTION", "No further action");

    static final String TEMPLATE = "reports/governors-report.ftlh";
    /**
     * The escalation process by its key, as its tables are read by name, so that reports does not
     * depend on escalation: escalation offers its register for download through {@link Registers}.
     */
    private static final String ESCALATION_PROCESS = "comment-escalation";

    private final Schools schools;
    private final JdbcClient jdbc;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final Documents documents;
    private final OutputStore output;
    private final AuditTrail audit;
    private final Clock clock;

    GovernorReports(Schools schools, JdbcClient jdbc, TaskService taskService, RuntimeService runtimeService,
                    Documents documents, OutputStore output, AuditTrail audit, Clock clock) {
        this.schools = schools;
        this.jdbc = jdbc;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.documents = documents;
        this.output = output;
        this.audit = audit;
        this.clock = clock;
    }

    public byte[] pdf(String schoolId, Term term) {
        return documents.render(schoolId, TEMPLATE, Map.of("report", forTerm(schoolId, term)));
    }

    /** The report for {@code exportedBy} to download, on the audit trail. */
    @Transactional
    public byte[] exportPdf(String schoolId, Term term, String exportedBy) {
        byte[] pdf = pdf(schoolId, term);
        exported(schoolId, term, exportedBy, "downloaded");
        return pdf;
    }

    /** Builds the report and stores it as {@code reports/<school>/governors-report-<term>.pdf}, on the audit trail. */
    @Transactional
    public StoredDocument store(String schoolId, Term term) {
        StoredDocument stored = output.write("reports/" + schoolId + "/governors-report-" + term.slug() + ".pdf",
            pdf(schoolId, term));
        exported(schoolId, term, Actor.SYSTEM, "written to " + stored.name() + Registers.bySomeone());
        return stored;
    }

    private void exported(String schoolId, Term term, String by, String how) {
        audit.record(schoolId, by, "report-exported", "governors-report", term.slug(),
            "Governors' report for the " + term.label() + ", " + how + ".", null);
    }

    public GovernorReport forTerm(String schoolId, Term term) {
        School school = schools.find(schoolId)
            .orElseThrow(() -> new IllegalArgumentException("There is no school '" + schoolId + "'."));
        LocalDate today = LocalDate.now(clock);
        LocalDateTime from = term.start().atStartOfDay();
        LocalDateTime to = term.end().plusDays(1).atStartOfDay();
        List<Count> byCategory = counts(grouped(schoolId, from, to, "what_it_is"), CATEGORIES, "Not yet triaged");
        List<Count> byOutcome = counts(grouped(schoolId, from, to, "outcome"), OUTCOMES, "Still open");
        int reported = byCategory.stream().mapToInt(Count::count).sum();
        int praise = byCategory.stream().filter(c -> c.label().equals("Praise")).mapToInt(Count::count).sum();
        List<OpenEscalation> open = openEscalations(schoolId, today);
        return new GovernorReport(school.name(), term, today, byCategory, byOutcome, praise, reported, open,
            (int) open.stream().filter(OpenEscalation::overdue).count(), officialUserChanges(schoolId, from, to),
            coverage(schoolId, "POLICY").orElse(null), coverage(schoolId, "GUIDANCE").orElse(null),
            school.policyReviewDate(), school.policyReviewOverdue(today));
    }

    private Map<String, Integer> grouped(String schoolId, LocalDateTime from, LocalDateTime to, String column) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("select " + column + " as grouping, count(*) as n from escalation_incident "
                + "where school_id = ? and reported_at >= ? and reported_at < ? group by " + column)
            .params(schoolId, from, to)
            .query(RecordRows.of(Group.class)).list()
            .forEach(group -> counts.put(group.grouping(), group.n()));
        return counts;
    }

    private record Group(String grouping, int n) {
    }

    private static List<Count> counts(Map<String, Integer> raw, Map<String, String> labels, String nullLabel) {
        int largest = raw.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        Map<String, Integer> ordered = new LinkedHashMap<>();
        labels.forEach((key, label) -> ordered.put(label, raw.getOrDefault(key, 0)));
        if (raw.containsKey(null)) {
            ordered.put(nullLabel, raw.get(null));
        }
        return ordered.entrySet().stream()
            .map(e -> new Count(e.getKey(), e.getValue(), largest == 0 ? 0 : Math.round(100f * e.getValue() / largest)))
            .toList();
    }

    private List<OpenEscalation> openEscalations(String schoolId, LocalDate today) {
        List<OpenIncident> open = jdbc.sql("select id, what_it_is, path from escalation_incident "
                + "where school_id = ? and status = 'OPEN' order by id")
            .param(schoolId).query(RecordRows.of(OpenIncident.class)).list();
        Map<String, List<Task>> tasksByIncident = escalationTasks(open);
        return open.stream().map(incident -> {
            List<Task> tasks = tasksByIncident.getOrDefault(String.valueOf(incident.id()), List.of());
            Optional<Task> next = tasks.stream().filter(t -> t.getDueDate() != null)
                .min(Comparator.comparing(Task::getDueDate));
            LocalDate due = next.map(Task::getDueDate).map(GovernorReports::toDate).orElse(null);
            String waiting = tasks.isEmpty() ? "Waiting for the removal follow-up date"
                : String.join("; ", tasks.stream().map(Task::getName).toList());
            return new OpenEscalation(String.format("INC-%04d", incident.id()),
                CATEGORIES.getOrDefault(incident.whatItIs(), "Not yet triaged"),
                incident.path() == null ? "-" : Labels.of(incident.path()), waiting, due,
                due != null && due.isBefore(today));
        }).toList();
    }

    private record OpenIncident(long id, String whatItIs, String path) {
    }

    /**
     * The open tasks of these incidents' escalations, by incident (the business key): two queries, not one
     * per incident, and only about this school's incidents.
     */
    private Map<String, List<Task>> escalationTasks(List<OpenIncident> open) {
        if (open.isEmpty()) {
            return Map.of();
        }
        List<Task> tasks = taskService.createTaskQuery().processDefinitionKey(ESCALATION_PROCESS)
            .processInstanceBusinessKeyIn(open.stream().map(incident -> String.valueOf(incident.id())).toArray(String[]::new))
            .list();
        if (tasks.isEmpty()) {
            return Map.of();
        }
        Map<String, String> incidentOfInstance = runtimeService.createProcessInstanceQuery()
            .processInstanceIds(tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet())).list().stream()
            .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        return tasks.stream().collect(Collectors.groupingBy(task -> incidentOfInstance.get(task.getProcessInstanceId())));
    }

    private List<OfficialUserChange> officialUserChanges(String schoolId, LocalDateTime from, LocalDateTime to) {
        return jdbc.sql("""
                select c.changed_at, p.full_name, c.status,
                       case when c.changed_by = 'policydesk' then 'PolicyDesk (by virtue of post)'
                            else coalesce(d.full_name, c.changed_by) end as decided_by
                from officialuse_status_change c
                join officialuse_official_user u on u.id = c.official_user_id
                join people_person p on p.id = u.person_id
                left join people_person d on d.user_id = c.changed_by and d.school_id = u.school_id
                where u.school_id = ? and c.changed_at >= ? and c.changed_at < ?
                order by c.changed_at, c.id""")
            .params(schoolId, from, to)
            .query((rs, row) -> new OfficialUserChange(rs.getTimestamp("changed_at").toLocalDateTime().toLocalDate(),
                rs.getString("full_name"), describe(rs.getString("status")), rs.getString("decided_by")))
            .list();
    }

    private Optional<Coverage> coverage(String schoolId, String subject) {
        return jdbc.sql("""
                select r.id, r.started_at, count(a.id) as asked, count(a.acknowledged_at) as acknowledged
                from ack_round r left join ack_acknowledgement a on a.round_id = r.id
                where r.school_id = ? and r.subject = ?
                group by r.id, r.started_at order by r.started_at desc, r.id desc""")
            .params(schoolId, subject)
            .query((rs, row) -> new Coverage((subject.equals("POLICY") ? "Policy round of " : "Guidance issued ")
                    + rs.getTimestamp("started_at").toLocalDateTime().toLocalDate(),
                rs.getInt("acknowledged"), rs.getInt("asked")))
            .list().stream().findFirst();
    }

    private static String describe(String status) {
        return switch (status) {
            case "REQUESTED" -> "asked for official use";
            case "ACTIVE" -> "official use approved or resumed";
            case "REFUSED" -> "request refused";
            case "SUSPENDED" -> "official use suspended";
            case "REVOKED" -> "official use revoked";
            case "ENDED" -> "official use ended on leaving";
            default -> status.toLowerCase();
        };
    }

    private static LocalDate toDate(Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    private static Map<String, String> labels(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
