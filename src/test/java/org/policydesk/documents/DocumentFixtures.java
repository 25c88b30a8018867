package org.policydesk.documents;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Models for every shipped template, as the demo school (Keston Primary School and Nursery) would fill them. */
public final class DocumentFixtures {

    public static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

    private DocumentFixtures() {
    }

    public static DocumentRenderer renderer() {
        return new DocumentRenderer(settings(Path.of("target", "test-output")));
    }

    public static DocumentSettings settings(Path outputDir) {
        return new DocumentSettings(Path.of("templates"), outputDir);
    }

    public static Letterhead keston() {
        return new Letterhead("keston", "Keston Primary School and Nursery", "Lakes Road, Keston, Kent BR2 6BN",
            Letterheads.DEFAULT_LOGO, new Signatory("Helen Ellis", "Head Teacher"),
            new Signatory("David Mensah", "Deputy Head Teacher"),
            new Signatory("Catherine Whitfield", "Chair of Governors"));
    }

    public static Map<String, Object> parent(String name) {
        return Map.of("name", name, "addressLines", List.of("12 Heathfield Road", "Keston", "BR2 6BF"));
    }

    public static Map<String, Object> pupil(String name, String className) {
        return Map.of("name", name, "className", className);
    }

    public static Map<String, Object> removalRequest() {
        return withSchool(Map.of(
            "parent", parent("Emma Brown"),
            "pupil", pupil("Amelia Brown", "5K"),
            "reference", "INC-42",
            "post", Map.of("platform", "Facebook", "postedOn", LocalDate.of(2025, 3, 6), "defamatory", true,
                "description", "A comment on the school's Facebook page claiming that a named teacher "
                    + "\"cannot be trusted with children\"."),
            "reportedToPlatform", true,
            "removeBy", LocalDate.of(2025, 3, 13)));
    }

    public static Map<String, Object> properChannels() {
        return withSchool(Map.of(
            "parent", parent("James Smith"),
            "pupil", Map.of("name", "Oliver Smith", "className", "6B", "classTeacher", "Tom Baker"),
            "reference", "INC-43",
            "post", Map.of("platform", "a local parents' Facebook group", "postedOn", LocalDate.of(2025, 3, 4))));
    }

    public static Map<String, Object> finalLetter() {
        return withSchool(Map.of(
            "parent", parent("Emma Brown"),
            "pupil", pupil("Amelia Brown", "5K"),
            "reference", "INC-42",
            "post", Map.of("platform", "Facebook", "postedOn", LocalDate.of(2025, 3, 6)),
            "firstLetterOn", LocalDate.of(2025, 3, 10),
            "checkedOn", LocalDate.of(2025, 3, 14),
            "removeBy", LocalDate.of(2025, 3, 21)));
    }

    public static Map<String, Object> annualLetter(String parentName, String pupilName, String className) {
        return withSchool(Map.of(
            "parent", parent(parentName),
            "pupil", pupil(pupilName, className),
            "schoolYear", "2025\u201326",
            "returnBy", LocalDate.of(2025, 9, 26)));
    }

    public static Map<String, Object> officialUseApproved() {
        return withSchool(Map.of(
            "person", Map.of("name", "Zoë Adams", "role", "Teaching Assistant"),
            "purpose", "Posting photographs and news of the Year 5 residential trip on the school Instagram account",
            "decidedBy", new Signatory("Helen Ellis", "Head Teacher"),
            "decidedOn", TODAY,
            "note", "Please use only photographs of pupils whose parents have given consent.",
            "accountsDueBy", LocalDate.of(2025, 3, 17),
            "reference", "OU-7"));
    }

    public static Map<String, Object> officialUseRefused() {
        return withSchool(Map.of(
            "person", Map.of("name", "Tom Baker", "role", "Year 6 Class Teacher"),
            "purpose", "A class account on TikTok for Year 6",
            "decidedBy", new Signatory("Helen Ellis", "Head Teacher"),
            "decidedOn", TODAY,
            "reason", "Most Year 6 pupils are under 13, the minimum age for TikTok, so a class account there "
                + "would encourage pupils to sign up. Please share Year 6 news through the school website instead.",
            "reference", "OU-8"));
    }

    public static Map<String, Object> officialUseRevoked() {
        return withSchool(Map.of(
            "person", Map.of("name", "Sarah Jones", "role", "Year 5 Class Teacher"),
            "revokedBy", new Signatory("Helen Ellis", "Head Teacher"),
            "revokedOn", TODAY,
            "reason", "Photographs of pupils were posted without checking parental consent, against the "
                + "school's guidance for official use.",
            "reference", "OU-5"));
    }

    public static Map<String, Object> officialUseSuspended() {
        return withSchool(Map.of(
            "person", Map.of("name", "Łukasz Kowalski", "role", "School Business Manager"),
            "suspendedOn", TODAY,
            "notifiedBy", new Signatory("Helen Ellis", "Head Teacher"),
            "reference", "OU-3"));
    }

    public static Map<String, Object> officialUseResumed() {
        return withSchool(Map.of(
            "person", Map.of("name", "Łukasz Kowalski", "role", "School Business Manager"),
            "resumedOn", LocalDate.of(2025, 4, 22),
            "notifiedBy", new Signatory("Helen Ellis", "Head Teacher"),
            "reference", "OU-3",
            "today", LocalDate.of(2025, 4, 22)));
    }

    public static Map<String, Object> handoverCertificate() {
        Map<String, Object> transferred = new HashMap<>(Map.of("platform", "Facebook",
            "handle", "facebook.com/KestonPrimary", "surrendered", "Password, recovery codes",
            "surrenderedOn", LocalDate.of(2025, 7, 18), "rotatedOn", LocalDate.of(2025, 7, 18),
            "outcome", "Transferred", "transferredTo", "Łukasz Kowalski", "closedOn", LocalDate.of(2025, 7, 21)));
        Map<String, Object> cancelled = new HashMap<>(Map.of("platform", "Instagram",
            "handle", "@keston_year5_trips", "surrendered", "Password, authenticator app on school iPad",
            "surrenderedOn", LocalDate.of(2025, 7, 18), "rotatedOn", LocalDate.of(2025, 7, 19),
            "outcome", "Cancelled", "closedOn", LocalDate.of(2025, 7, 21)));
        Map<String, Object> unsurrendered = new HashMap<>(Map.of("platform", "X",
            "handle", "@KestonPTAnews", "outcome", "Cancelled", "closedOn", LocalDate.of(2025, 7, 25)));
        Map<String, Object> model = withSchool(Map.of(
            "person", Map.of("name", "Siobhán O'Brien", "role", "Local Authority Governor"),
            "reason", "End of appointment as governor",
            "startedOn", LocalDate.of(2025, 7, 17),
            "completedOn", LocalDate.of(2025, 7, 25),
            "accounts", List.of(transferred, cancelled, unsurrendered),
            "assistance", "Partial",
            "assistanceNote", "Handed over two accounts in person; could not recover the X password, so the school "
                + "closed the account through X's support.",
            "outcome", "All three accounts are secured: one transferred to the school office, two closed.",
            "certifiedBy", new Signatory("Helen Ellis", "Head Teacher"),
            "reference", "HO-4"));
        model.put("today", LocalDate.of(2025, 7, 25));
        return model;
    }

    /** Every shipped letter and notice with a complete model. */
    public static Map<String, Map<String, Object>> everyLetterAndNotice() {
        Map<String, Map<String, Object>> all = new java.util.LinkedHashMap<>();
        all.put(DocumentTemplates.REMOVAL_REQUEST, removalRequest());
        all.put(DocumentTemplates.PROPER_CHANNELS, properChannels());
        all.put(DocumentTemplates.FINAL_LETTER, finalLetter());
        all.put(DocumentTemplates.ANNUAL_RESPONSIBILITIES, annualLetter("Fatima Wilson", "Noah Wilson", "3M"));
        all.put(DocumentTemplates.OFFICIAL_USE_APPROVED, officialUseApproved());
        all.put(DocumentTemplates.OFFICIAL_USE_REFUSED, officialUseRefused());
        all.put(DocumentTemplates.OFFICIAL_USE_REVOKED, officialUseRevoked());
        all.put(DocumentTemplates.OFFICIAL_USE_SUSPENDED, officialUseSuspended());
        all.put(DocumentTemplates.OFFICIAL_USE_RESUMED, officialUseResumed());
        all.put(DocumentTemplates.HANDOVER_CERTIFICATE, handoverCertificate());
        return all;
    }

    public static Map<String, Object> withSchool(Map<String, ?> fields) {
        Map<String, Object> model = new HashMap<>(fields);
        model.put("school", keston());
        model.putIfAbsent("today", TODAY);
        return model;
    }
}
