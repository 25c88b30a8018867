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
import org.policydesk.documents.Letterhead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

/**
 * Lays out a made-up register of a few hundred rows on a second thread while PolicyDesk starts for a
 * command that makes PDFs. In a fresh JVM the first register took about a second longer than the
 * next: Flying Saucer's and OpenPDF's classes were loaded out of the jar, and their code ran before
 * the compiler had reached it. Start-up keeps about one of two cores busy, and the sample is done in
 * about two seconds, long before start-up is (docs/performance.md has the figures). The sample is
 * drawn in memory and dropped; whatever goes wrong with it is left for the real document to report.
 * Given to the application as it is built: {@code builder.listeners(new RegisterWarmUp())}.
 */
public final class RegisterWarmUp implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final Logger log = LoggerFactory.getLogger(RegisterWarmUp.class);
    private static final int SAMPLE_ROWS = 500;
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    /** Starts the sample once the settings are read (with the templates folder they name); once per JVM. */
    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        DocumentSettings settings = Binder.get(event.getEnvironment())
            .bindOrCreate("policydesk.documents", DocumentSettings.class);
        Thread thread = new Thread(() -> render(settings), "policydesk-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void render(DocumentSettings settings) {
        try {
            long startedAt = System.nanoTime();
            samplePdf(settings);
            log.debug("Drew the sample register in {} ms", (System.nanoTime() - startedAt) / 1_000_000);
        } catch (RuntimeException e) {
            log.debug("The sample register drawn while PolicyDesk starts failed; the real document will say why", e);
        }
    }

    /** The sample register, drawn with the school's register template as a real one is. */
    static byte[] samplePdf(DocumentSettings settings) {
        return new DocumentRenderer(settings).pdfInParts(DocumentTemplates.REGISTER, new RegisterParts(sample())
            .with(Map.of("school", Letterhead.madeUp(), "today", LocalDate.now())));
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
