package org.policydesk.subjectaccess;

/** How the response went to the person. */
public enum SentHow {
    EMAIL("By secure email"), POST("By post"), IN_PERSON("Handed over in person");

    private final String label;

    SentHow(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
