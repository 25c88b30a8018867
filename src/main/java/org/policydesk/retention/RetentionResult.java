package org.policydesk.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a run erased, per school and register (counts only), how many files left the output
 * folder, what could not be erased and why (the rest went ahead), and the engine's history
 * cleanup job that was scheduled to run at once.
 */
public record RetentionResult(LocalDate asOf, Map<String, Map<RecordKind, Integer>> erased, int filesDeleted,
                              List<String> problems, String historyCleanupJobId) {

    public int total() {
        return erased.values().stream().flatMap(counts -> counts.values().stream()).mapToInt(Integer::intValue).sum();
    }

    /** "2 × incidents (escalations) anonymised, 1 × handovers deleted", or "nothing": counts, never names. */
    public String describe(String schoolId) {
        return inWords(erased.getOrDefault(schoolId, Map.of()));
    }

    static String inWords(Map<RecordKind, Integer> counts) {
        if (counts.isEmpty()) {
            return "nothing";
        }
        return counts.entrySet().stream()
            .map(count -> count.getValue() + " × " + count.getKey().label().toLowerCase() + " "
                + count.getKey().disposal().inWords())
            .collect(Collectors.joining(", "));
    }
}
