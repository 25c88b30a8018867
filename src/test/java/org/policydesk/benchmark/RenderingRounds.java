package org.policydesk.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.policydesk.demo.DemoSchool;
import org.policydesk.documents.DocumentRenderer;
import org.policydesk.mailmerge.ContactLists;
import org.policydesk.reports.Register;
import org.policydesk.reports.RegisterKind;
import org.policydesk.reports.Registers;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where the time of rendering goes, round after round in one JVM (how the JIT and the collector
 * settle): 500 annual letters rendered on one thread (that thread's CPU), then the 10,000-row
 * incident register, with the CPU each kind of thread used during it (layout on "main", the
 * collector's "GC Thread" and "G1 Conc", the JIT's "C2 CompilerThread") read from /proc; painting's
 * "policydesk-pdf-painter" shows only when it had not yet ended at the reading. Linux only; not a test. Run it as {@link DocumentBenchmark} is run, with this
 * class's name, {@code -Drounds=} (default 8), {@code -DskipLetters=true} or {@code -DskipRegister=true}.
 */
public final class RenderingRounds {

    private RenderingRounds() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = Integer.getInteger("rounds", 8);
        try (ConfigurableApplicationContext app = DocumentBenchmark.start(false)) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            DocumentRenderer renderer = app.getBean(DocumentRenderer.class);
            if (!Boolean.getBoolean("skipLetters")) {
                List<String> letters = DocumentBenchmark.letters(app, ContactLists.read(DocumentBenchmark.contactList(500)));
                for (int round = 1; round <= rounds; round++) {
                    long cpu = threads.getCurrentThreadCpuTime();
                    long wall = System.nanoTime();
                    renderer.pdfBatchOfXhtml(letters, () -> { }).split((index, range, pdf) -> { });
                    System.out.printf(Locale.UK, "500 letters, round %d: %.0f ms CPU, %.0f ms wall%n", round,
                        (threads.getCurrentThreadCpuTime() - cpu) / 1e6, (System.nanoTime() - wall) / 1e6);
                }
            }
            if (!Boolean.getBoolean("skipRegister")) {
                DocumentBenchmark.insertIncidents(app.getBean(JdbcClient.class), 10_000);
                Registers registers = app.getBean(Registers.class);
                Register register = registers.build(DemoSchool.SCHOOL_ID, RegisterKind.INCIDENTS);
                for (int round = 1; round <= rounds; round++) {
                    System.gc();
                    Map<String, Map<String, Long>> before = ThreadKinds.cpuMillis();
                    long wall = System.nanoTime();
                    registers.pdf(register);
                    long elapsed = System.nanoTime() - wall;
                    StringBuilder line = new StringBuilder();
                    ThreadKinds.byKind(before, ThreadKinds.cpuMillis()).forEach((kind, used) -> {
                        if (used >= 30) {
                            line.append(String.format(Locale.UK, "; %s %d ms", kind, used));
                        }
                    });
                    System.out.printf(Locale.UK, "10,000-row register, round %d: %.0f ms wall%s%n", round, elapsed / 1e6,
                        line);
                }
            }
        }
    }
}
