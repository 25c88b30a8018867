package org.policydesk.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.policydesk.PolicyDeskApplication;
import org.policydesk.commandline.PolicyDeskCommandLine;
import org.policydesk.demo.DemoSchool;
import org.policydesk.documents.DocumentRenderer;
import org.policydesk.documents.DocumentTemplates;
import org.policydesk.documents.Letterhead;
import org.policydesk.documents.Letterheads;
import org.policydesk.mailmerge.AnnualLetters;
import org.policydesk.mailmerge.ContactList;
import org.policydesk.mailmerge.ContactLists;
import org.policydesk.mailmerge.MailMerge;
import org.policydesk.mailmerge.MergeProgress;
import org.policydesk.mailmerge.MergeRequest;
import org.policydesk.mailmerge.MergeResult;
import org.policydesk.mailmerge.SchoolYear;
import org.policydesk.reports.Register;
import org.policydesk.reports.RegisterKind;
import org.policydesk.reports.RegisterTable;
import org.policydesk.reports.Registers;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 3, point 7: how fast PolicyDesk makes documents on this machine, and LibreOffice beside it.
 * Not a test (so "mvn test" never runs it); run it on demand with a 256 MB heap, as docs/performance.md
 * says:
 * <pre>
 * mvn -q -o test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-Xmx256m -cp %classpath org.policydesk.benchmark.DocumentBenchmark"
 * </pre>
 * The application starts as the command line starts it (no web server, in-memory database with the
 * demo school), then: the mail merge of 1,000 letters through {@link MailMerge} (each letter its own
 * PDF, plus the merged PDF and the manifest, written to disk), three times, the first in a JVM that
 * has not rendered anything yet; a 10,000-row incident register as PDF and as XLSX; and LibreOffice
 * converting the same 1,000 letters (as XHTML files) with {@code soffice --headless --convert-to pdf}.
 * {@code -Dletters=}, {@code -Dincidents=}, {@code -Druns=}, {@code -DregisterRuns=}, {@code -DskipRegister=true} and
 * {@code -DskipLibreOffice=true} change what it does.
 */
public final class DocumentBenchmark {

    private static final int LETTERS = Integer.getInteger("letters", 1_000);
    private static final int INCIDENTS = Integer.getInteger("incidents", 10_000);
    private static final int MERGE_RUNS = Integer.getInteger("runs", 3);
    private static final int REGISTER_RUNS = Integer.getInteger("registerRuns", 3);
    private static final boolean WARM_UP = !"false".equals(System.getProperty("warmUp"));
    private static final Path WORK = Path.of("target", "benchmark").toAbsolutePath();

    private DocumentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        machine();
        deleteRecursively(WORK);
        Files.createDirectories(WORK);
        long startedAt = System.nanoTime();
        try (ConfigurableApplicationContext app = start(WARM_UP)) {
            System.out.printf(Locale.UK, "Application started in %.1f s; heap after start-up and a GC: %d MB%n%n",
                seconds(System.nanoTime() - startedAt), liveHeapMb());
            Path contacts = contactList(LETTERS);
            List<Double> merges = mailMerge(app, contacts);
            if (!Boolean.getBoolean("skipRegister")) {
                register(app);
            }
            if (!Boolean.getBoolean("skipLibreOffice")) {
                libreOffice(app, merges);
            }
        }
    }

    private static void machine() throws IOException {
        String cpu;
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            cpu = lines.filter(line -> line.startsWith("model name")).findFirst()
                .map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("unknown");
        } catch (IOException e) {
            cpu = "unknown";
        }
        System.out.println("PolicyDesk document benchmark");
        System.out.printf(Locale.UK, "Machine: %d processors (%s), %s %s, max heap %d MB, load average %s%n",
            Runtime.getRuntime().availableProcessors(), cpu, System.getProperty("java.vm.name"),
            System.getProperty("java.runtime.version"), Runtime.getRuntime().maxMemory() / (1024 * 1024),
            loadAverage());
        System.out.println("JIT: " + jit());
        System.out.println(WARM_UP ? "Warm-up: a made-up register drawn while the application starts, as PDF commands do "
            + "(RegisterWarmUp; -DwarmUp=false for none)" : "Warm-up: none (-DwarmUp=false)");
        if (Runtime.getRuntime().maxMemory() > 300L * 1024 * 1024) {
            System.out.println("NOTE: run with -Xmx256m to check the 256 MB target (see docs/performance.md).");
        }
        System.out.println();
    }

    /** C1 only is what PolicyDesk's batch commands run with (BatchJvm); the server keeps the default. */
    private static String jit() {
        var flags = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
        String tiered = flags.getVMOption("TieredCompilation").getValue();
        String stopAt = flags.getVMOption("TieredStopAtLevel").getValue();
        if ("true".equals(tiered) && "1".equals(stopAt)) {
            return "C1 only (-XX:TieredStopAtLevel=1), as PolicyDesk's batch commands run";
        }
        if ("true".equals(tiered) && "4".equals(stopAt)) {
            return "tiered C1 + C2 (the default), as the PolicyDesk server runs";
        }
        return "TieredCompilation=" + tiered + ", TieredStopAtLevel=" + stopAt;
    }

    /** As the command line starts PolicyDesk, on an in-memory database; with {@code warmUp}, as for a PDF command. */
    static ConfigurableApplicationContext start(boolean warmUp) {
        return PolicyDeskCommandLine.start(PolicyDeskApplication.class, warmUp, List.of(
            "--spring.datasource.url=jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1",
            "--policydesk.accounts.key-file=" + WORK.resolve("benchmark.key"),
            "--policydesk.documents.output-dir=" + WORK.resolve("output"), "--policydesk.demo.enabled=true"));
    }

    // ---- Mail merge ----

    private static List<Double> mailMerge(ConfigurableApplicationContext app, Path contacts) {
        MailMerge mailMerge = app.getBean(MailMerge.class);
        long t0 = System.nanoTime();
        ContactList list = ContactLists.read(contacts);
        System.out.printf(Locale.UK, "Mail merge: %,d families read and checked from a %,d KB CSV in %.2f s%n",
            list.size(), size(contacts) / 1024, seconds(System.nanoTime() - t0));
        List<Double> renderSeconds = new ArrayList<>();
        for (int run = 1; run <= MERGE_RUNS; run++) {
            double[] rendered = new double[1];
            MergeProgress progress = p -> {
                if (p.finished()) {
                    rendered[0] = p.elapsed().toNanos() / 1e9;
                }
            };
            gc();
            Measure measure = new Measure();
            MergeResult result;
            try (HeapWatch heap = new HeapWatch()) {
                result = mailMerge.merge(new MergeRequest(DemoSchool.SCHOOL_ID, list, SchoolYear.parse("2026-27"),
                    LocalDate.now().plusWeeks(3), false), progress);
                measure.stop(heap);
            }
            renderSeconds.add(rendered[0]);
            System.out.printf(Locale.UK, "  run %d%s: %,d letters (%,d pages), %d files, merged PDF %,d KB%n", run,
                run == 1 ? " (first in this JVM)" : "", result.letters().size(), result.pages(),
                result.letters().size() + 2, size(result.mergedPdf()) / 1024);
            System.out.printf(Locale.UK, "    rendering %.2f s = %.0f letters/s; whole batch on disk %.2f s = %.0f letters/s%n",
                rendered[0], LETTERS / rendered[0], measure.wall, LETTERS / measure.wall);
            System.out.println("    " + measure);
        }
        System.out.println();
        return renderSeconds;
    }

    /** {@code families} families as an MIS exports them, names from many languages. */
    static Path contactList(int families) throws IOException {
        String[] forenames = {"Zoë", "Łukasz", "Nguyễn Thị", "Siobhán", "Amelia", "Oliver", "Noah", "Fatima", "James",
            "Emma", "Aarav", "Chloé", "Mohammed", "Olivia", "Dáithí", "Ayşe"};
        String[] surnames = {"Adams", "Kowalski", "Hương", "O'Brien", "Brown", "Smith", "Wilson", "Khan", "Jones",
            "Taylor", "Patel", "Dubois", "Ahmed", "Evans", "Ó Súilleabháin", "Yılmaz"};
        StringBuilder csv = new StringBuilder("Contact Forename,Contact Surname,Primary Email,Address Line 1,"
            + "Address Line 2,Town,Postcode,Forename,Surname,Reg Group\r\n");
        for (int i = 0; i < families; i++) {
            String surname = surnames[(i / forenames.length) % surnames.length];
            csv.append(forenames[i % forenames.length]).append(',').append(surname).append(',')
                .append(i % 4 == 3 ? "" : "parent" + i + "@example.org").append(',')
                .append(i + 1).append(" Heathfield Road,,Keston,BR2 6BF,")
                .append(forenames[(i + 5) % forenames.length]).append(',').append(surname).append(',')
                .append(1 + i % 6).append((char) ('A' + i % 3)).append("\r\n");
        }
        Files.createDirectories(WORK);
        Path file = WORK.resolve("contacts.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    /** Every family's annual letter filled in, as the mail merge fills them in before rendering. */
    static List<String> letters(ConfigurableApplicationContext app, ContactList list) {
        DocumentRenderer renderer = app.getBean(DocumentRenderer.class);
        Letterhead school = app.getBean(Letterheads.class).of(DemoSchool.SCHOOL_ID);
        LocalDate today = LocalDate.now();
        return list.contacts().stream().map(contact -> renderer.xhtml(DocumentTemplates.ANNUAL_RESPONSIBILITIES,
            AnnualLetters.model(school, today, contact, SchoolYear.parse("2026-27"), today.plusWeeks(3)))).toList();
    }

    // ---- Register ----

    private static void register(ConfigurableApplicationContext app) throws IOException {
        insertIncidents(app.getBean(JdbcClient.class), INCIDENTS);
        Registers registers = app.getBean(Registers.class);
        gc();
        Measure build = new Measure();
        Register register;
        try (HeapWatch heap = new HeapWatch()) {
            register = registers.build(DemoSchool.SCHOOL_ID, RegisterKind.INCIDENTS);
            build.stop(heap);
        }
        System.out.printf(Locale.UK, "Incident register of %,d rows: read from the database in %.2f s%n",
            register.rowCount(), build.wall);
        Register printed = register;
        int rows = register.rowCount();
        for (int run = 1; run <= REGISTER_RUNS; run++) {
            if (!registerPdf(registers, printed, run)) {
                // Say how far it gets instead: the same register cut down until it fits.
                do {
                    rows /= 2;
                    printed = firstRows(register, rows);
                } while (rows > 1_000 && !registerPdf(registers, printed, run));
            }
        }
        for (int run = 1; run <= 2; run++) {
            gc();
            Measure xlsx = new Measure();
            try (HeapWatch heap = new HeapWatch(); OutputStream out = Files.newOutputStream(WORK.resolve("incidents.xlsx"))) {
                registers.xlsx(register, out);
                xlsx.stop(heap);
            }
            System.out.printf(Locale.UK, "  XLSX run %d%s: %,d KB, %.2f s; %s%n", run, run == 1 ? " (first)" : "",
                size(WORK.resolve("incidents.xlsx")) / 1024, xlsx.wall, xlsx);
        }
        System.out.println();
    }

    /** Renders the register as PDF once; false (having said so) if it does not fit in the heap. */
    private static boolean registerPdf(Registers registers, Register register, int run) throws IOException {
        gc();
        Measure pdf = new Measure();
        byte[] bytes;
        try (HeapWatch heap = new HeapWatch()) {
            bytes = registers.pdf(register);
            pdf.stop(heap);
        } catch (OutOfMemoryError e) {
            bytes = null;
            pdf.stop(null);
        }
        if (bytes == null) {
            System.out.printf(Locale.UK, "  PDF run %d, %,d rows: OUT OF MEMORY after %.2f s (the layout of the whole "
                + "table does not fit in this heap); %s%n", run, register.rowCount(), pdf.wall, pdf);
            return false;
        }
        Files.write(WORK.resolve("incidents.pdf"), bytes);
        System.out.printf(Locale.UK, "  PDF run %d%s, %,d rows: %,d KB, %.2f s; %s%n", run, run == 1 ? " (first)" : "",
            register.rowCount(), bytes.length / 1024, pdf.wall, pdf);
        return true;
    }

    private static Register firstRows(Register register, int rows) {
        RegisterTable table = register.tables().get(0);
        return new Register(register.kind(), register.schoolId(), register.title(), register.description(),
            register.generatedAt(), List.of(new RegisterTable(table.heading(), table.columns(),
                table.rows().subList(0, Math.min(rows, table.rows().size())))));
    }

    static void insertIncidents(JdbcClient jdbc, int count) {
        String[] categories = {"PRAISE", "NEGATIVE", "COMPLAINT", "DEFAMATORY", "BULLYING", "RACIST", "VIOLENCE"};
        String[] posters = {"PUPIL", "PARENT", "EMPLOYEE", "GOVERNOR", "PUBLIC"};
        String[] paths = {"RECORD", "PROPER_CHANNELS", "REMOVAL", "ANTI_BULLYING", "DISCIPLINARY"};
        String[] outcomes = {"RECORDED", "REMOVED", "NOT_REMOVED", "REFERRED", "NO_ACTION"};
        String[] platforms = {"Facebook", "Instagram", "X", "TikTok", "a parents' WhatsApp group"};
        LocalDateTime start = LocalDateTime.of(2020, 1, 6, 9, 0);
        for (int i = 0; i < count; i++) {
            boolean closed = i % 5 != 0;
            LocalDateTime reported = start.plusHours(6L * i);
            jdbc.sql("""
                    insert into escalation_incident (school_id, reported_by, reported_at, platform, content, who_posted,
                        what_it_is, path, serious, status, removed, outcome, closed_at)
                    values (?, 'hellis', ?, ?, 'A comment about the school', ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(DemoSchool.SCHOOL_ID, Timestamp.valueOf(reported), platforms[i % platforms.length],
                    posters[i % posters.length], categories[i % categories.length], paths[i % paths.length],
                    i % 9 == 0, closed ? "CLOSED" : "OPEN", closed ? (Object) (i % 2 == 0) : null,
                    closed ? outcomes[i % outcomes.length] : null, closed ? Timestamp.valueOf(reported.plusDays(3)) : null)
                .update();
        }
    }

    // ---- LibreOffice ----

    private static void libreOffice(ConfigurableApplicationContext app, List<Double> merges) throws Exception {
        String soffice = findOnPath("soffice");
        if (soffice == null) {
            System.out.println("LibreOffice: SKIPPED - no 'soffice' on the PATH (Debian: apt-get install libreoffice-writer-nogui).");
            return;
        }
        Path folder = WORK.resolve("libreoffice");
        Path out = folder.resolve("pdf");
        Files.createDirectories(out);
        copyLayout(folder);
        List<String> letters = letters(app, ContactLists.read(WORK.resolve("contacts.csv")));
        List<String> files = new ArrayList<>();
        for (int i = 0; i < letters.size(); i++) {
            Path file = folder.resolve(String.format("letter-%04d.html", i + 1));
            Files.writeString(file, letters.get(i));
            files.add(file.getFileName().toString());
        }
        System.out.printf(Locale.UK, "LibreOffice: %s converting the same %,d letters (XHTML) to PDF...%n",
            soffice, files.size());
        long t0 = System.nanoTime();
        int runs = 0;
        List<String> left = files;
        // One soffice run for all the letters; on this machine LibreOffice 7.4 stops (exit 0) after 246
        // documents in one run, so the letters it left are handed to further runs, and all are counted.
        while (!left.isEmpty() && runs < 20) {
            runs++;
            List<String> command = new ArrayList<>(List.of(soffice, "--headless", "--norestore",
                "-env:UserInstallation=" + folder.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir",
                out.toString()));
            command.addAll(left);
            long started = System.nanoTime();
            Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("soffice.log").toFile())).start();
            if (!process.waitFor(30, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                System.out.println("  gave up after 30 minutes");
                return;
            }
            List<String> remaining = left.stream()
                .filter(file -> !Files.exists(out.resolve(file.replace(".html", ".pdf")))).toList();
            System.out.printf(Locale.UK, "  soffice run %d: exit %d, %,d PDFs in %.1f s%n", runs, process.exitValue(),
                left.size() - remaining.size(), seconds(System.nanoTime() - started));
            if (remaining.size() == left.size()) {
                break;
            }
            left = remaining;
        }
        double wall = seconds(System.nanoTime() - t0);
        long made = files.size() - left.size();
        System.out.printf(Locale.UK, "  LibreOffice: %,d of %,d letters in %.1f s = %.0f letters/s (%d soffice run%s)%n",
            made, files.size(), wall, made / wall, runs, runs == 1 ? "" : "s");
        System.out.printf(Locale.UK, "  LibreOffice took %.1f times as long as PolicyDesk's first run (%.2f s) and "
            + "%.1f times as long as its last run (%.2f s) to render the same letters%n",
            wall / merges.get(0), merges.get(0), wall / merges.get(merges.size() - 1), merges.get(merges.size() - 1));
    }

    /** LibreOffice needs the stylesheet and logo beside the letters, as the templates folder has them. */
    private static void copyLayout(Path folder) throws IOException {
        Path layout = Files.createDirectories(folder.resolve("_layout"));
        for (String file : List.of("print.css", "logo.png")) {
            Files.copy(Path.of("templates", "_layout", file), layout.resolve(file));
        }
    }

    // ---- Helpers ----

    /** Wall, CPU and GC time of one task, and its heap. */
    private static final class Measure {

        private final long wallStart = System.nanoTime();
        private final long cpuStart = cpuNanos();
        private final long gcStart = gcMillis();
        private final Map<String, Map<String, Long>> threadsAtStart = ThreadKinds.cpuMillis();
        double wall;
        private double cpu;
        private long gc;
        private long jitMillis;
        private long collectorMillis;
        private long peakUsed;

        void stop(HeapWatch heap) {
            wall = seconds(System.nanoTime() - wallStart);
            cpu = seconds(cpuNanos() - cpuStart);
            gc = gcMillis() - gcStart;
            Map<String, Map<String, Long>> threads = ThreadKinds.cpuMillis();
            jitMillis = ThreadKinds.between(threadsAtStart, threads, "C1 CompilerThre", "C2 CompilerThre");
            collectorMillis = ThreadKinds.between(threadsAtStart, threads, "GC Thread#", "G1 Conc#", "G1 Refine#",
                "G1 Main Marker", "G1 Service", "G1 Young RemSet");
            peakUsed = heap == null ? -1 : heap.peakUsedMb();
        }

        @Override
        public String toString() {
            return String.format(Locale.UK,
                "CPU %.1f s (all threads; of it JIT compiler %.1f s, collector %.1f s), GC pauses %d ms, peak heap in use %d MB",
                cpu, jitMillis / 1e3, collectorMillis / 1e3, gc, peakUsed);
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(gc -> Math.max(0, gc.getCollectionTime())).sum();
    }

    private static long liveHeapMb() {
        gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    private static void gc() {
        System.gc();
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String findOnPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
