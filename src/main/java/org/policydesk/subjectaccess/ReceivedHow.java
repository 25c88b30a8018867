package org.policydesk.subjectaccess;

/** How a request came in. The ICO accepts a request in any form, spoken ones included. */
public enum ReceivedHow {
    EMAIL("By email"), LETTER("By letter"), IN_PERSON("In person"), PHONE("By phone"), OTHER("Some other way");

    private final String label;

    ReceivedHow(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
