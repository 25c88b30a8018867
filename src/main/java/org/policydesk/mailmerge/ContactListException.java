package org.policydesk.mailmerge;

import java.util.List;

/**
 * The contact list cannot be used as it is. {@link #problems()} lists every problem found, each
 * naming the row (as Excel numbers it) and the column, so the office can fix them all in one go.
 */
public class ContactListException extends IllegalArgumentException {

    private final List<String> problems;

    ContactListException(String source, List<String> problems) {
        super(summary(source, problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    private static String summary(String source, List<String> problems) {
        String count = problems.size() == 1 ? "a problem" : problems.size() + " problems";
        return "The contact list " + source + " has " + count + ", so no letters were made:\n  "
            + String.join("\n  ", problems);
    }
}
