package org.policydesk.retention;

import java.time.LocalDate;
import java.util.List;

/**
 * What a run would erase on {@code asOf}, changing nothing: the expired records, and the finished
 * processes whose engine history is past its time to live (counted by the engine as of its own
 * clock, which is today's date in production).
 */
public record RetentionPreview(LocalDate asOf, List<ExpiredRecord> records, List<ProcessHistoryDue> processHistory) {

    /** Finished instances of one process whose history the engine's cleanup will remove. */
    public record ProcessHistoryDue(String processKey, long finished, long cleanable, Integer timeToLiveDays) {
    }

    public List<ExpiredRecord> recordsOf(String schoolId) {
        return records.stream().filter(record -> record.schoolId().equals(schoolId)).toList();
    }

    public boolean nothingDue() {
        return records.isEmpty() && processHistory.isEmpty();
    }
}
