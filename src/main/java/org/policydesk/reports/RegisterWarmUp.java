package org.policydesk.reports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.policydesk.documents.DocumentRenderer;
import org.policydesk.documents.DocumentSettings;
import org.policydesk.documents.DocumentTemplates;
import org.policydesk.documents.Documents;
import org.policydesk.documents.Letterhead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Lays out a made-up register of a few hundred rows on a second thread while PolicyDesk starts for a
 * command that makes PDFs. In a fresh JVM the first register took about a second longer than the
 * next: Flying Saucer's and OpenPDF's classes were loaded out of the jar, and their code ran before
 * the compiler had reached it. Start-up keeps about one of two cores busy for 5-7 s, and the sample is
 * done about 2.3 s after the JVM starts (docs/performance.md has the figures); should start-up be
 * quicker, the command waits for the sample rather than share the cores with it. The sample is drawn
 * in memory and dropped; whatever goes wrong with it is logged at debug and left for the real document
 * to report. Given to the application as it is built: {@code builder.listeners(new RegisterWarmUp())}.
 */
public final class RegisterWarmUp implements ApplicationListener<SpringApplicationEvent> {

    private static final Logger log = LoggerFactory.getLogger(RegisterWarmUp.class);
    private static final int SAMPLE_ROWS = 500;
    private static final long WAIT_MILLIS = 30_000;
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private Thread sample;

    /** Starts the sample once the settings are read (once per JVM); waits for it once PolicyDesk has started. */
    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared && STARTED.compareAndSet(false, true)) {
            Environment environment = prepared.getEnvironment();
            sample = new Thread(() -> draw(environment), "policydesk-warm-up");
            sample.setDaemon(true);
            sample.setUncaughtExceptionHandler((thread, failure) ->
                log.debug("The sample register drawn while PolicyDesk starts failed; the real document will say why", failure));
            sample.start();
        } else if (event instanceof ApplicationStartedEvent && sample != null) {
            try {
                sample.join(WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void draw(Environment environment) {
        long startedAt = System.nanoTime();
        samplePdf(Binder.get(environment).bindOrCreate("policydesk.documents", DocumentSettings.class));
        log.debug("Drew the sample register in {} ms", (System.nanoTime() - startedAt) / 1_000_000);
    }

    /** The sample register, drawn with the school's register template as a real one is. */
    static byte[] samplePdf(DocumentSettings settings) {
        return new DocumentRenderer(settings).pdfInParts(DocumentTemplates.REGISTER, new RegisterParts(sample())
            .with(Documents.model(Letterhead.madeUp(), LocalDate.now(), Map.of())));
    }

    private static Register sample() {
        LocalDate day = LocalDate.of(2026, 1, 5);
        List<List<Object>> rows = new ArrayList<>(SAMPLE_ROWS);
        for (int i = 0; i < SAMPLE_ROWS; i++) {
            rows.add(List.of("S-" + i, day.plusDays(i), "A sample line of text, row " + i, i % 3 == 0, i));
        }
        return new Register(RegisterKind.INCIDENTS, "sample", "Sample register", "Made up; never printed.",
            LocalDateTime.of(day, LocalTime.NOON), List.of(new RegisterTable("Sample", List.of(
                Column.text("Ref.", 10), Column.date("Date"), Column.text("Text", 40), Column.text("Yes or no", 8),
                Column.number("Number", 8)), rows)));
    }
}
