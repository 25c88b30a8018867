package org.policydesk.web;

import java.time.DateTimeException;
import java.time.LocalDate;

/** A date typed as day, month and year in three boxes, the GOV.UK way. */
public final class DateFields {

    private DateFields() {
    }

    /** The date, or {@code null} when all three boxes are empty; a refusal names {@code what}. */
    public static LocalDate parse(String day, String month, String year, String what) {
        if (isBlank(day) && isBlank(month) && isBlank(year)) {
            return null;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 2000 || y > 2200) {
                throw new IllegalArgumentException("Enter " + what + " with a four-digit year, such as 2026.");
            }
            return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NullPointerException | NumberFormatException | DateTimeException notADate) {
            throw new IllegalArgumentException("Enter " + what + " as a real date, such as 27 3 2026.");
        }
    }

    private static boolean isBlank(String typed) {
        return typed == null || typed.isBlank();
    }
}
