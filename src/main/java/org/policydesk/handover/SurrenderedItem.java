package org.policydesk.handover;

/** What the policy says a leaver surrenders: "login details ... passwords and any other tokens or authorisation devices". */
public enum SurrenderedItem {
    LOGIN_DETAILS("login details"),
    PASSWORDS("passwords"),
    TOKENS("tokens"),
    AUTHORISATION_DEVICES("authorisation devices");

    private final String label;

    SurrenderedItem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
