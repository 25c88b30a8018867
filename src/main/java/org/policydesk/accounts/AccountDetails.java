package org.policydesk.accounts;

/** What an official user tells the school about an account they use for it. */
public record AccountDetails(String platform, String handle, String loginId, Secret secret) {

    /** As for a rotated password (RotationForm): 500 characters, at most 2,000 bytes. */
    static final int MAX_SECRET = 500;

    void validate() {
        require(platform, "platform", 60);
        require(handle, "handle or address", 300);
        require(loginId, "login id", 200);
        if (secret == null) {
            throw new IllegalArgumentException("The password or token is missing.");
        }
        if (secret.reveal().length() > MAX_SECRET) {
            // Sealed (nonce, ciphertext and tag in Base64) it must fit the register's 4,000 characters.
            throw new IllegalArgumentException("The password or token must be " + MAX_SECRET + " characters or fewer.");
        }
    }

    private static void require(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The account's " + field + " is missing.");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException("The account's " + field + " is longer than " + max + " characters.");
        }
    }
}
