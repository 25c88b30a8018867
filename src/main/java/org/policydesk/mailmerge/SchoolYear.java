package org.policydesk.mailmerge;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A school year as the office writes it, "2026-27"; letters print it with an en dash, "2026–27". */
public record SchoolYear(int startYear) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})[-\u2013/](\\d{2})");

    public static SchoolYear parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Give the school year as 2026-27 (the year it starts, a dash, the "
                + "last two digits of the year it ends); '" + text + "' is not one.");
        }
        int start = Integer.parseInt(matcher.group(1));
        if (Integer.parseInt(matcher.group(2)) != (start + 1) % 100) {
            throw new IllegalArgumentException("'" + text + "' is not a school year: a year starting in " + start
                + " ends in " + (start + 1) + ", so write " + new SchoolYear(start).slug() + ".");
        }
        return new SchoolYear(start);
    }

    /** "2026–27", as letters print it. */
    public String label() {
        return startYear + "\u2013" + String.format("%02d", (startYear + 1) % 100);
    }

    /** "2026-27", for file and folder names. */
    public String slug() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }
}
