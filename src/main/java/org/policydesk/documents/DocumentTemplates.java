package org.policydesk.documents;

import java.util.List;

/** The templates PolicyDesk ships, by their path under the templates folder. */
public final class DocumentTemplates {

    public static final String REMOVAL_REQUEST = "letters/removal-request.ftlh";
    public static final String PROPER_CHANNELS = "letters/proper-channels.ftlh";
    public static final String FINAL_LETTER = "letters/final-letter.ftlh";
    public static final String ANNUAL_RESPONSIBILITIES = "letters/annual-responsibilities.ftlh";
    public static final String AGE_LIMIT = "letters/age-limit.ftlh";

    public static final String OFFICIAL_USE_APPROVED = "notices/official-use-approved.ftlh";
    public static final String OFFICIAL_USE_REFUSED = "notices/official-use-refused.ftlh";
    public static final String OFFICIAL_USE_REVOKED = "notices/official-use-revoked.ftlh";
    public static final String OFFICIAL_USE_SUSPENDED = "notices/official-use-suspended.ftlh";
    public static final String OFFICIAL_USE_RESUMED = "notices/official-use-resumed.ftlh";
    public static final String HANDOVER_CERTIFICATE = "notices/handover-certificate.ftlh";

    public static final String REGISTER = "registers/register.ftlh";

    public static final List<String> LETTERS = List.of(REMOVAL_REQUEST, PROPER_CHANNELS, FINAL_LETTER,
        ANNUAL_RESPONSIBILITIES);
    public static final List<String> NOTICES = List.of(OFFICIAL_USE_APPROVED, OFFICIAL_USE_REFUSED,
        OFFICIAL_USE_REVOKED, OFFICIAL_USE_SUSPENDED, OFFICIAL_USE_RESUMED, HANDOVER_CERTIFICATE);

    private DocumentTemplates() {
    }
}
