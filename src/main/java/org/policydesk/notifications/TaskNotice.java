package org.policydesk.notifications;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What a notice about a task needs, copied from the engine while the task is at hand so that the
 * mail can be written after the transaction, on another thread. It holds ids, the task's name and
 * the record's reference only, never what the record says about anyone.
 */
record TaskNotice(String taskId, String taskName, LocalDateTime due, String schoolId, String reference,
                  String assignee, List<String> candidateUsers, List<String> candidateGroups) {
}
