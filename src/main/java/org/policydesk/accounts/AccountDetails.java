package org.policydesk.accounts;

/** What an official user tells the school about an account they use for it. */
public record AccountDetails(String platform, String handle, String loginId, Secret secret) {

    void validate() {
        require(platform, "platform", 60);
        require(handle, "handle or address", 300);
        require(loginId, "login id", 200);
        if (secret == null) {
            throw new IllegalArgumentException("The password or token is missing.");
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
