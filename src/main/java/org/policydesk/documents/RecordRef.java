package org.policydesk.documents;

/** The register record a document belongs to: {@code official-user} 7, {@code incident} 42, … */
public record RecordRef(String schoolId, String type, String id) {

    public static RecordRef of(String schoolId, String type, long id) {
        return new RecordRef(schoolId, type, String.valueOf(id));
    }

    /** Where this record's documents live in the output folder. */
    String folder() {
        return type + "s/" + schoolId + "/" + id;
    }
}
