package org.policydesk.accounts;

/** A transferred account stays active under its new holder; a cancelled one is closed for good. */
public enum AccountStatus {
    ACTIVE, CANCELLED
}
