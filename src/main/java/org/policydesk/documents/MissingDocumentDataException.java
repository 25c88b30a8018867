package org.policydesk.documents;

/** A document needs a value the caller did not supply (or supplied blank); nothing was produced. */
public class MissingDocumentDataException extends IllegalArgumentException {

    private final String template;
    private final String field;

    MissingDocumentDataException(String template, String field) {
        super("Cannot make " + template + ": the required field '" + field + "' is missing or empty. "
            + "Fill it in and try again; nothing was produced.");
        this.template = template;
        this.field = field;
    }

    public String template() {
        return template;
    }

    public String field() {
        return field;
    }
}
