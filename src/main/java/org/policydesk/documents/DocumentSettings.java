package org.policydesk.documents;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the templates are read from and where generated documents go. Both are folders outside the
 * jar, so a school can change a letter's wording without rebuilding PolicyDesk.
 */
@ConfigurationProperties("policydesk.documents")
public record DocumentSettings(@DefaultValue("./templates") Path templatesDir,
                               @DefaultValue("./output") Path outputDir) {
}
