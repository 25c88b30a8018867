package org.policydesk.mailmerge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the columns the letter needs among the headers of an MIS export (SIMS, Arbor, Bromcom and
 * hand-made lists name them differently). Headers match whatever their case, spacing and
 * punctuation: "Parent/Carer Name", "parent carer name" and "PARENT_CARER_NAME" are one column.
 */
final class ContactColumns {

    enum Field {
        PARENT_NAME("Parent name", "Parent/carer name", "Parent or carer name", "Parent", "Parent/carer", "Carer name",
            "Contact name", "Contact", "Contact full name", "Primary contact", "Primary contact name",
            "Parent/guardian name", "Parent/guardian", "Guardian name", "Guardian", "Parent full name", "Addressee",
            "Parental addressee"),
        PARENT_FORENAME("Contact forename", "Contact first name", "Contact legal forename", "Parent forename",
            "Parent first name", "Parent/carer forename", "Carer forename", "Guardian forename",
            "Primary contact forename"),
        PARENT_SURNAME("Contact surname", "Contact last name", "Contact legal surname", "Parent surname",
            "Parent last name", "Parent/carer surname", "Carer surname", "Guardian surname", "Primary contact surname"),
        SALUTATION("Salutation", "Parental salutation", "Contact salutation", "Dear"),
        EMAIL("Email", "Email address", "Contact email", "Contact email address", "Parent email",
            "Parent email address", "Primary email", "Primary email address", "Home email", "Main email"),
        ADDRESS("Address", "Postal address", "Home address", "Contact address", "Full address", "Address block",
            "Correspondence address"),
        ADDRESS_LINE_1("Address line 1", "Address 1", "Addr 1", "Street", "House and street"),
        ADDRESS_LINE_2("Address line 2", "Address 2", "Addr 2", "Locality"),
        ADDRESS_LINE_3("Address line 3", "Address 3", "Addr 3", "District"),
        TOWN("Town", "Town/city", "Town or city", "City", "Post town"),
        COUNTY("County", "Region"),
        POSTCODE("Postcode", "Post code", "Postal code", "Zip code", "Zip"),
        PUPIL_NAME("Pupil name", "Pupil", "Pupil full name", "Student name", "Student", "Child name", "Child",
            "Child's name", "Name of child", "Learner name", "Learner"),
        PUPIL_FORENAME("Forename", "First name", "Legal forename", "Preferred forename", "Given name",
            "Pupil forename", "Pupil first name", "Student forename", "Student first name", "Child forename",
            "Child first name", "Learner forename"),
        PUPIL_SURNAME("Surname", "Last name", "Legal surname", "Preferred surname", "Family name", "Pupil surname",
            "Pupil last name", "Student surname", "Student last name", "Child surname", "Child last name",
            "Learner surname"),
        CLASS("Class", "Class name", "Reg group", "Registration group", "Reg", "Reg form", "Form", "Form group",
            "Tutor group", "Registration class", "Year/class");

        private final List<String> names;

        Field(String... names) {
            this.names = List.of(names);
        }

        List<String> names() {
            return names;
        }
    }

    static final List<Field> ADDRESS_LINES = List.of(Field.ADDRESS_LINE_1, Field.ADDRESS_LINE_2, Field.ADDRESS_LINE_3,
        Field.TOWN, Field.COUNTY, Field.POSTCODE);

    private static final Map<String, Field> BY_NAME = new HashMap<>();

    static {
        for (Field field : Field.values()) {
            for (String name : field.names()) {
                BY_NAME.put(normalise(name), field);
            }
        }
    }

    private final List<String> headers;
    private final int headerRow;
    private final Map<Field, Integer> columns = new EnumMap<>(Field.class);

    ContactColumns(List<String> headers, int headerRow) {
        this.headers = headers;
        this.headerRow = headerRow;
        for (int i = 0; i < headers.size(); i++) {
            Field field = BY_NAME.get(normalise(headers.get(i)));
            if (field != null) {
                // The first of two columns with the same meaning wins, as a reader would take it.
                columns.putIfAbsent(field, i);
            }
        }
    }

    /** Lowercase letters and digits only, accents removed: "E-mail Address" and "email_address" agree. */
    static String normalise(String header) {
        String plain = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]", "");
    }

    int headerCount() {
        return headers.size();
    }

    boolean has(Field field) {
        return columns.containsKey(field);
    }

    Optional<Integer> index(Field field) {
        return Optional.ofNullable(columns.get(field));
    }

    /** The header as the office typed it; "column C" when the header cell is empty. */
    String header(int index) {
        String header = index < headers.size() ? headers.get(index) : "";
        return header.isBlank() ? "column " + letters(index) : header;
    }

    String header(Field field) {
        return header(columns.get(field));
    }

    /** For messages: "column 'Email'", or "column C" under an empty header cell. */
    String describe(int index) {
        String header = index < headers.size() ? headers.get(index) : "";
        return header.isBlank() ? "column " + letters(index) : "column '" + header + "'";
    }

    String describe(Field field) {
        return describe(columns.get(field));
    }

    /** One message for each required column that is missing, naming the names looked for. */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (!has(Field.PARENT_NAME) && !(has(Field.PARENT_FORENAME) && has(Field.PARENT_SURNAME))) {
            missing.add(missingName("the parent or carer's name", Field.PARENT_NAME, Field.PARENT_FORENAME,
                Field.PARENT_SURNAME));
        }
        if (!has(Field.PUPIL_NAME) && !(has(Field.PUPIL_FORENAME) && has(Field.PUPIL_SURNAME))) {
            missing.add(missingName("the pupil's name", Field.PUPIL_NAME, Field.PUPIL_FORENAME, Field.PUPIL_SURNAME));
        }
        if (!has(Field.CLASS)) {
            missing.add("There is no column for the pupil's class. Looked for " + names(Field.CLASS) + ".");
        }
        if (!has(Field.EMAIL) && !has(Field.ADDRESS) && !has(Field.ADDRESS_LINE_1)) {
            missing.add("There is no column for an email address or a postal address, so the letters could "
                + "neither be emailed nor posted. Looked for " + names(Field.EMAIL) + "; " + names(Field.ADDRESS)
                + "; or address lines (" + names(Field.ADDRESS_LINE_1) + ").");
        }
        if (!missing.isEmpty()) {
            missing.add("The columns in row " + headerRow + " are: " + String.join(", ", headers.stream()
                .map(h -> h.isBlank() ? "(blank)" : "'" + h + "'").toList()) + ".");
        }
        return missing;
    }

    private String missingName(String what, Field whole, Field forename, Field surname) {
        String half = has(forename) ? " (found '" + header(forename) + "' but no surname column to go with it)"
            : has(surname) ? " (found '" + header(surname) + "' but no forename column to go with it)" : "";
        return "There is no column for " + what + half + ". Looked for " + names(whole) + "; or a forename column ("
            + names(forename) + ") together with a surname column (" + names(surname) + ").";
    }

    private static String names(Field field) {
        return String.join(", ", field.names().stream().map(name -> "'" + name + "'").toList());
    }

    private static String letters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            letters.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return letters.toString();
    }
}
