package org.policydesk.retention;

/** What happens to a record whose time is up. */
public enum Disposal {
    /** Names, free text and files removed; the category, dates and outcome kept for counting. */
    ANONYMISE("anonymised"),
    /** The row, its dependent rows and its files removed. */
    DELETE("deleted");

    private final String inWords;

    Disposal(String inWords) {
        this.inWords = inWords;
    }

    public String inWords() {
        return inWords;
    }
}
