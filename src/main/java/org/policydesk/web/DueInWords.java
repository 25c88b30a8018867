package org.policydesk.web;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * A due date as people say it: "due today", "due tomorrow", "due in 3 days", "1 day overdue".
 * Days are counted by the calendar, so a task due at 9 in the morning tomorrow is "due tomorrow"
 * whatever the time now; a task whose moment has passed today is "overdue today".
 */
public final class DueInWords {

    private DueInWords() {
    }

    public static String of(LocalDateTime due, LocalDateTime now) {
        if (due == null) {
            return "no due date";
        }
        if (due.isBefore(now)) {
            long late = ChronoUnit.DAYS.between(due.toLocalDate(), now.toLocalDate());
            return late == 0 ? "overdue today" : plural(late, "day") + " overdue";
        }
        long ahead = ChronoUnit.DAYS.between(now.toLocalDate(), due.toLocalDate());
        if (ahead == 0) {
            return "due today";
        }
        return ahead == 1 ? "due tomorrow" : "due in " + plural(ahead, "day");
    }

    public static boolean isOverdue(LocalDateTime due, LocalDateTime now) {
        return due != null && due.isBefore(now);
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
