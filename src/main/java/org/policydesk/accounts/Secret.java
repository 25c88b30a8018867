package org.policydesk.accounts;

import java.util.Objects;

/**
 * An account password, token or recovery code in clear. It prints as a mask so that it cannot
 * reach a log, an exception message or a process variable by accident; only {@link #reveal()}
 * gives the text.
 */
public final class Secret {

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    public static Secret of(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The password or token is empty: type it in full.");
        }
        return new Secret(value);
    }

    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "[secret]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && Objects.equals(value, secret.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
