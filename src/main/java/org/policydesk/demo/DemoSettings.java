package org.policydesk.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Whether to load Keston Primary School and Nursery on first start, and the demo password. */
@ConfigurationProperties("policydesk.demo")
public record DemoSettings(boolean enabled, @DefaultValue("keston-demo") String password) {
}
