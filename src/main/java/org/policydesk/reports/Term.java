package org.policydesk.reports;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A school term as governors name it ("autumn-2026"): autumn runs September to December, spring
 * January to March, summer April to August.
 */
public record Term(String season, int year, LocalDate start, LocalDate end) {

    public static Term parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().toLowerCase(Locale.UK).split("-");
        if (parts.length != 2 || !parts[1].matches("\\d{4}")) {
            throw new IllegalArgumentException("Name the term as season-year, for example autumn-2026 "
                + "(seasons: autumn, spring, summer); '" + text + "' is not one.");
        }
        int year = Integer.parseInt(parts[1]);
        return switch (parts[0]) {
            case "autumn" -> new Term("Autumn", year, LocalDate.of(year, 9, 1), LocalDate.of(year, 12, 31));
            case "spring" -> new Term("Spring", year, LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 31));
            case "summer" -> new Term("Summer", year, LocalDate.of(year, 4, 1), LocalDate.of(year, 8, 31));
            default -> throw new IllegalArgumentException("'" + parts[0] + "' is not a term: use autumn, spring or summer.");
        };
    }

    /** The term a day falls in. */
    public static Term containing(LocalDate day) {
        String season = day.getMonthValue() >= 9 ? "autumn" : day.getMonthValue() >= 4 ? "summer" : "spring";
        return parse(season + "-" + day.getYear());
    }

    public String label() {
        return season + " term " + year;
    }

    public String slug() {
        return season.toLowerCase(Locale.UK) + "-" + year;
    }
}
