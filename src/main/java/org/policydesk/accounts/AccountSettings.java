package org.policydesk.accounts;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the key that seals account secrets lives: a file outside the database. */
@ConfigurationProperties("policydesk.accounts")
public record AccountSettings(Path keyFile) {
}
