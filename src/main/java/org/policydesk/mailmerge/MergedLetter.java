package org.policydesk.mailmerge;

/**
 * One letter of a batch: who it is for, its file (relative to the batch folder), how many pages it
 * has and whether it was emailed ({@link #SENT}, {@link #NOT_ASKED}, {@link #NO_ADDRESS} or
 * "failed: " and the reason).
 */
public record MergedLetter(Contact contact, String file, int pages, String emailed) {

    public static final String SENT = "sent";
    public static final String NOT_ASKED = "not asked";
    public static final String NO_ADDRESS = "no email address";

    public MergedLetter withEmailed(String outcome) {
        return new MergedLetter(contact, file, pages, outcome);
    }

    public boolean failed() {
        return emailed.startsWith("failed");
    }
}
