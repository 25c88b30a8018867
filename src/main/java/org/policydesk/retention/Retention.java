package org.policydesk.retention;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.policydesk.audit.AuditChain;
import org.policydesk.audit.AuditTrail;
import org.policydesk.documents.OutputStore;
import org.policydesk.retention.RetentionPreview.ProcessHistoryDue;
import org.policydesk.workflow.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention schedule at work: {@link #dryRun} lists what has expired without changing
 * anything; {@link #run} erases it, one record per transaction (its files after the commit), prunes
 * audit entries past their time behind a checkpoint, records one audit entry per school with the
 * counts, and asks the engine to run its history cleanup now. The daily {@link RetentionJob}, the
 * admin page and the command line all come here.
 */
@Service
public class Retention {

    static final String RECORD_TYPE = "retention";
    static final String ACTION = "retention-erased";

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final ExpiredRecords expired;
    private final Erasures erasures;
    private final AuditChain chain;
    private final AuditTrail audit;
    private final OutputStore output;
    private final HistoryService history;
    private final RepositoryService repository;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final RetentionSettings settings;
    private final Clock clock;

    Retention(ExpiredRecords expired, Erasures erasures, AuditChain chain, AuditTrail audit, OutputStore output,
              HistoryService history, RepositoryService repository, TransactionTemplate transaction, JdbcClient jdbc,
              RetentionSettings settings, Clock clock) {
        this.expired = expired;
        this.erasures = erasures;
        this.chain = chain;
        this.audit = audit;
        this.output = output;
        this.history = history;
        this.repository = repository;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** The schedule in words: each register's period, then the engine's history time to live per process. */
    public List<ScheduleLine> schedule() {
        List<ScheduleLine> lines = new ArrayList<>();
        for (RecordKind kind : RecordKind.values()) {
            lines.add(ScheduleLine.of(kind, settings.of(kind)));
        }
        Map<Integer, String> processesByDays = repository.createProcessDefinitionQuery().latestVersion().list().stream()
            .filter(definition -> definition.getHistoryTimeToLive() != null)
            .collect(Collectors.groupingBy(ProcessDefinition::getHistoryTimeToLive, TreeMap::new,
                Collectors.mapping(ProcessDefinition::getKey, Collectors.collectingAndThen(Collectors.toList(),
                    keys -> keys.stream().sorted().collect(Collectors.joining(", "))))));
        processesByDays.forEach((days, keys) -> lines.add(new ScheduleLine("Workflow history (" + keys + ")",
            days + " days", "the end of the process", "deleted by the engine's history cleanup")));
        return lines;
    }

    /** What a run on {@code asOf} would erase, in every school; changes nothing. */
    public RetentionPreview dryRun(LocalDate asOf) {
        List<ProcessHistoryDue> processes = history.createCleanableHistoricProcessInstanceReport().list().stream()
            .filter(report -> report.getCleanableProcessInstanceCount() > 0)
            .map(report -> new ProcessHistoryDue(report.getProcessDefinitionKey(),
                report.getFinishedProcessInstanceCount(), report.getCleanableProcessInstanceCount(),
                report.getHistoryTimeToLive()))
            .toList();
        return new RetentionPreview(asOf, expired.asOf(asOf), processes);
    }

    /** Erases what has expired on {@code asOf} in every school; what the daily job and the command line call. */
    public RetentionResult run(LocalDate asOf) {
        return run(asOf, Actor.SYSTEM, school -> true);
    }

    /** Erases what has expired in one school, for a person who asked for it on the admin page. */
    public RetentionResult runFor(String schoolId, LocalDate asOf, String actor) {
        return run(asOf, actor, schoolId::equals);
    }

    private RetentionResult run(LocalDate asOf, String actor, Predicate<String> schools) {
        LocalDateTime now = LocalDateTime.now(clock);
        Map<String, Map<RecordKind, Integer>> erased = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        int files = 0;
        for (ExpiredRecord record : expired.asOf(asOf)) {
            if (!schools.test(record.schoolId()) || record.kind() == RecordKind.AUDIT_ENTRIES) {
                continue;
            }
            try {
                Erasures.Erased done = transaction.execute(status -> erasures.erase(record, now));
                if (done != null && done.erased()) {
                    count(erased, record.schoolId(), record.kind(), 1);
                    files += deleteFiles(done.files(), problems);
                }
            } catch (RuntimeException e) {
                log.warn("Retention: could not erase {} {}", record.kind().recordType(), record.recordId(), e);
                problems.add(record.reference() + " (" + record.schoolId() + ") was not erased: " + e.getMessage());
            }
        }
        for (String school : jdbc.sql("select id from school order by id").query(String.class).list()) {
            if (schools.test(school)) {
                pruneAuditTrail(school, asOf, actor, now, erased, problems);
                recordWhatWasErased(school, asOf, actor, erased);
            }
        }
        return new RetentionResult(asOf, erased, files, problems, cleanUpEngineHistory(problems));
    }

    private void pruneAuditTrail(String school, LocalDate asOf, String actor, LocalDateTime now,
                                 Map<String, Map<RecordKind, Integer>> erased, List<String> problems) {
        try {
            int pruned = chain.pruneBefore(school, ExpiredRecords.cutoff(asOf, settings.auditEntries()), actor, now);
            if (pruned > 0) {
                count(erased, school, RecordKind.AUDIT_ENTRIES, pruned);
            }
        } catch (RuntimeException e) {
            log.warn("Retention: the audit trail of {} was not pruned", school, e);
            problems.add("The audit trail of " + school + " was not pruned: " + e.getMessage());
        }
    }

    /** Counts only: the entry must not repeat the names it erased. */
    private void recordWhatWasErased(String school, LocalDate asOf, String actor,
                                     Map<String, Map<RecordKind, Integer>> erased) {
        Map<RecordKind, Integer> counts = erased.get(school);
        if (counts != null && !counts.isEmpty()) {
            audit.record(school, actor, ACTION, RECORD_TYPE, asOf, "Erased under the retention schedule as of " + asOf
                + ": " + RetentionResult.inWords(counts) + ".", null);
        }
    }

    /**
     * The engine removes history by removal time (its end plus the process's historyTimeToLive),
     * normally inside its batch window; "immediately due" asks it to start now and run until nothing
     * cleanable is left. The job executor runs the job.
     */
    private String cleanUpEngineHistory(List<String> problems) {
        try {
            Job job = history.cleanUpHistoryAsync(true);
            return job == null ? null : job.getId();
        } catch (RuntimeException e) {
            log.warn("Retention: the engine's history cleanup could not be scheduled", e);
            problems.add("The workflow history cleanup could not be started: " + e.getMessage());
            return null;
        }
    }

    private int deleteFiles(List<String> names, List<String> problems) {
        int deleted = 0;
        for (String name : names) {
            try {
                Path file = output.resolve(name);
                if (Files.deleteIfExists(file)) {
                    deleted++;
                }
                removeEmptyFolders(file.getParent());
            } catch (IOException | RuntimeException e) {
                log.warn("Retention: could not delete {} from the output folder", name, e);
                problems.add(name + " could not be deleted from the output folder: " + e.getMessage());
            }
        }
        return deleted;
    }

    /** incidents/keston/42/ goes with its last file; the output folder itself stays. */
    private void removeEmptyFolders(Path folder) throws IOException {
        Path root = output.root();
        for (Path current = folder; current != null && current.startsWith(root) && !current.equals(root);
             current = current.getParent()) {
            try {
                if (!Files.deleteIfExists(current)) {
                    return;
                }
            } catch (DirectoryNotEmptyException stillUsed) {
                return;
            }
        }
    }

    private static void count(Map<String, Map<RecordKind, Integer>> erased, String school, RecordKind kind, int n) {
        erased.computeIfAbsent(school, s -> new EnumMap<>(RecordKind.class)).merge(kind, n, Integer::sum);
    }
}
