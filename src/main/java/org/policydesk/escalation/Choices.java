package org.policydesk.escalation;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads a choice made on a form into one of the policy's categories, refusing anything else plainly. */
final class Choices {

    private Choices() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String what) {
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name)
            .collect(Collectors.joining(", "));
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Please choose " + what + ": one of " + allowed + ".");
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("'" + value + "' is not a choice for " + what + "; choose one of "
                + allowed + ".");
        }
    }
}
