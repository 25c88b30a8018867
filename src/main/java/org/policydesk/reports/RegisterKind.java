package org.policydesk.reports;

import java.util.Arrays;

/** The registers PolicyDesk keeps, by the name used in file names and on the command line. */
public enum RegisterKind {
    OFFICIAL_USERS("official-users", "Official users register"),
    ACCOUNTS("accounts", "Accounts register"),
    INCIDENTS("incidents", "Incident register"),
    HANDOVERS("handovers", "Handover register"),
    ACKNOWLEDGEMENTS("acknowledgements", "Acknowledgements register");

    private final String slug;
    private final String title;

    RegisterKind(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public static RegisterKind fromSlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("There is no register called '" + slug + "'. Choose one of "
                + String.join(", ", Arrays.stream(values()).map(RegisterKind::slug).toList()) + "."));
    }
}
