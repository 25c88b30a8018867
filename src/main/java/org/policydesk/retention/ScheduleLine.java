package org.policydesk.retention;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/** One line of the retention schedule in words, as the admin page shows it. */
public record ScheduleLine(String record, String keptFor, String countedFrom, String then) {

    static ScheduleLine of(RecordKind kind, Period period) {
        String then = switch (kind.disposal()) {
            case ANONYMISE -> "anonymised (counts by category and outcome kept)";
            case DELETE -> "deleted";
        };
        return new ScheduleLine(kind.label(), inWords(period), "the " + kind.countedFrom(), then);
    }

    /** "6 years", "1 year and 6 months". */
    static String inWords(Period period) {
        List<String> parts = new ArrayList<>();
        add(parts, period.getYears(), "year");
        add(parts, period.getMonths(), "month");
        add(parts, period.getDays(), "day");
        return parts.isEmpty() ? "0 days" : String.join(" and ", parts);
    }

    private static void add(List<String> parts, int n, String unit) {
        if (n != 0) {
            parts.add(n + " " + unit + (n == 1 ? "" : "s"));
        }
    }
}
