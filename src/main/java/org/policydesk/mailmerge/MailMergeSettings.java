package org.policydesk.mailmerge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code from}: the address letters are emailed from (the school office's); needed only for
 * sending, together with Spring's {@code spring.mail.host}. {@code messagesPerConnection}: emails
 * sent over one connection to the mail server before it is opened again. {@code renderThreads}:
 * how many letters are rendered at once; 0 means one per processor.
 */
@ConfigurationProperties("policydesk.mail-merge")
public record MailMergeSettings(String from, @DefaultValue("20") int messagesPerConnection,
                                @DefaultValue("0") int renderThreads) {

    public int threads() {
        return renderThreads > 0 ? renderThreads : Runtime.getRuntime().availableProcessors();
    }
}
