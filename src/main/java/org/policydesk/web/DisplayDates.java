package org.policydesk.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the pages show them: "3 March 2026" and "3 March 2026 at 2:05pm", in British English. */
public final class DisplayDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private DisplayDates() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String dateTime(LocalDateTime moment) {
        return moment == null ? "" : DAY.format(moment) + " at " + TIME.format(moment).toLowerCase(Locale.UK);
    }
}
