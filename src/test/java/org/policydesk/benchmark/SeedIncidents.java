package org.policydesk.benchmark;

import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import org.policydesk.PolicyDeskApplication;
import org.policydesk.commandline.PolicyDeskCommandLine;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fills the PolicyDesk in the current folder (its {@code data/} database, made with the demo school if
 * there is none) with the benchmark's incidents, so that the built jar's own command can be timed on
 * the same register: {@code java -jar policydesk.jar register --school keston --kind incidents --format pdf}
 * (docs/performance.md). {@code -Dincidents=} says how many (10,000); Spring settings given as arguments
 * ({@code --spring.datasource.url=...}) are passed on.
 */
public final class SeedIncidents {

    private SeedIncidents() {
    }

    public static void main(String[] args) {
        int incidents = Integer.getInteger("incidents", 10_000);
        try (ConfigurableApplicationContext app = PolicyDeskCommandLine.start(PolicyDeskApplication.class, false,
                Stream.concat(Stream.of(args), Stream.of("--policydesk.demo.enabled=true")).toList())) {
            DocumentBenchmark.insertIncidents(app.getBean(JdbcClient.class), incidents);
        }
        System.out.printf(Locale.UK, "Added %,d incidents to the demo school in %s%n", incidents,
            Path.of("data").toAbsolutePath());
    }
}
