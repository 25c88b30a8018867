package org.policydesk.mailmerge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.policydesk.mailmerge.ContactColumns.Field;

/**
 * Checks every row of a contact table and turns the good ones into {@link Contact}s. Every problem
 * in every row is collected, so the office sees them all at once rather than one per attempt.
 */
final class ContactRows {

    private final ContactColumns columns;
    private final List<String> problems;
    private final List<Contact> contacts = new ArrayList<>();

    private ContactRows(ContactColumns columns, List<String> problems) {
        this.columns = columns;
        this.problems = problems;
    }

    /** The contacts, or every problem found (file problems first) as a {@link ContactListException}. */
    static List<Contact> check(String source, ContactTable table) {
        List<String> problems = new ArrayList<>(table.problems());
        if (!table.hasHeader()) {
            if (problems.isEmpty()) {
                // A file that could not be read at all has already said why; "empty" would mislead.
                problems.add("The contact list is empty: it needs a header row naming the columns, then one row "
                    + "for each parent or carer.");
            }
            throw new ContactListException(source, problems);
        }
        ContactColumns columns = new ContactColumns(table.headers(), table.headerRow());
        List<String> missing = columns.missing();
        if (!missing.isEmpty()) {
            problems.addAll(0, missing);
            throw new ContactListException(source, problems);
        }
        ContactRows rows = new ContactRows(columns, problems);
        for (ContactTable.Row row : table.rows()) {
            rows.check(row);
        }
        if (problems.isEmpty() && rows.contacts.isEmpty()) {
            problems.add("The contact list has a header row but no parents or carers below it.");
        }
        if (!problems.isEmpty()) {
            throw new ContactListException(source, problems);
        }
        return rows.contacts;
    }

    private void check(ContactTable.Row row) {
        int before = problems.size();
        List<String> cells = row.cells();
        Set<Integer> bad = new HashSet<>();
        for (int i = 0; i < cells.size(); i++) {
            if (!checkCell(row.number(), i, cells.get(i))) {
                bad.add(i);
            }
        }
        String parent = name(row, Field.PARENT_NAME, Field.PARENT_FORENAME, Field.PARENT_SURNAME,
            "the parent or carer's name");
        String pupil = name(row, Field.PUPIL_NAME, Field.PUPIL_FORENAME, Field.PUPIL_SURNAME, "the pupil's name");
        String email = cell(row, Field.EMAIL).orElse(null);
        // A cell already reported (too long, a control character) is not judged again.
        if (email != null && !bad.contains(columns.index(Field.EMAIL).orElseThrow()) && !EmailAddresses.valid(email)) {
            problem(row, Field.EMAIL, "'" + email + "' is not an email address.");
            email = null;
        }
        List<String> address = address(row);
        if (cell(row, Field.EMAIL).isEmpty() && address.isEmpty()) {
            problems.add("Row " + row.number() + ", " + reachColumns() + ": there is neither an email address nor a "
                + "postal address" + (parent == null ? "" : " for " + parent) + "; give at least one.");
        }
        if (problems.size() == before) {
            contacts.add(new Contact(row.number(), parent, cell(row, Field.SALUTATION).orElse(null), email, address,
                pupil, cell(row, Field.CLASS).orElse(null)));
        }
    }

    /** False (and a problem recorded) when the cell itself is unusable, whatever column it is in. */
    private boolean checkCell(int row, int column, String value) {
        if (value.length() > ContactLists.MAX_CELL) {
            problems.add("Row " + row + ", " + columns.describe(column) + ": the text is " + value.length()
                + " characters long; the limit is " + ContactLists.MAX_CELL + ".");
            return false;
        }
        if (column >= columns.headerCount() && !value.isEmpty()) {
            problems.add("Row " + row + ", " + columns.describe(column) + ": there is a value ('" + value
                + "') beyond the last column of the header row; check for a stray comma or a cell typed too far right.");
            return false;
        }
        int control = value.codePoints().filter(ContactRows::isControl).findFirst().orElse(-1);
        if (control >= 0) {
            problems.add("Row " + row + ", " + columns.describe(column) + ": the text contains an invisible control "
                + "character " + String.format("(U+%04X)", control) + "; retype the cell.");
            return false;
        }
        return true;
    }

    /** The whole name from its own column, or forename and surname joined; null (and a problem) if missing. */
    private String name(ContactTable.Row row, Field whole, Field forename, Field surname, String what) {
        Optional<String> full = cell(row, whole);
        if (full.isPresent()) {
            return full.get();
        }
        if (columns.has(forename) && columns.has(surname)) {
            Optional<String> first = cell(row, forename);
            Optional<String> last = cell(row, surname);
            if (first.isPresent() && last.isPresent()) {
                return first.get() + " " + last.get();
            }
            if (!columns.has(whole)) {
                problem(row, first.isEmpty() ? forename : surname, what.replace("name", first.isEmpty() ? "forename"
                    : "surname") + " is missing.");
                return null;
            }
        }
        problem(row, whole, what + " is missing.");
        return null;
    }

    /** The address as lines: one cell split at line breaks (or commas), or the address-line columns in order. */
    private List<String> address(ContactTable.Row row) {
        Optional<String> whole = cell(row, Field.ADDRESS);
        if (whole.isPresent()) {
            String text = whole.get();
            String[] lines = text.contains("\n") ? text.split("\\R") : text.split(",");
            return Arrays.stream(lines).map(ContactRows::tidy).filter(line -> !line.isEmpty()).toList();
        }
        List<String> lines = new ArrayList<>();
        for (Field field : ContactColumns.ADDRESS_LINES) {
            cell(row, field).ifPresent(lines::add);
        }
        return lines;
    }

    private Optional<String> cell(ContactTable.Row row, Field field) {
        return columns.index(field)
            .filter(index -> index < row.cells().size())
            .map(index -> tidy(row.cells().get(index)))
            .filter(value -> !value.isEmpty());
    }

    private String reachColumns() {
        List<String> names = new ArrayList<>();
        for (Field field : List.of(Field.EMAIL, Field.ADDRESS, Field.ADDRESS_LINE_1)) {
            if (columns.has(field)) {
                names.add(columns.describe(field));
            }
        }
        return String.join(" and ", names);
    }

    private void problem(ContactTable.Row row, Field field, String text) {
        problems.add("Row " + row.number() + ", " + columns.describe(field) + ": " + text);
    }

    /** Runs of spaces inside a value (a name typed "Emma  Brown") become one. */
    private static String tidy(String value) {
        return value.strip().replaceAll("[ \\t\\u00A0]+", " ");
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7F;
    }
}
