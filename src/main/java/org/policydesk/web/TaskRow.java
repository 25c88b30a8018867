package org.policydesk.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A task as the task list shows it, with the actions this person may take on it. */
public record TaskRow(String id, String name, String subject, String formPath, String holder, boolean mine,
                      boolean mayClaim, boolean mayHandBack, LocalDateTime due, String dueInWords, boolean overdue) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    /** "Tuesday 3 March 2026", or nothing for a task without a due date. */
    public String dueDate() {
        return due == null ? "" : DAY.format(due);
    }
}
