package org.policydesk.reports;

import java.util.Locale;

/** Register codes as people read them: "NOT_REMOVED" and "not-removed" become "Not removed". */
final class Labels {

    private Labels() {
    }

    static String of(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String words = code.replace('_', ' ').replace('-', ' ').strip().toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String of(Enum<?> value) {
        return value == null ? null : of(value.name());
    }
}
