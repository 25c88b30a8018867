package org.policydesk.commandline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.policydesk.PolicyDeskApplication;
import org.policydesk.documents.PdfText;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line as an office uses it: the PolicyDesk server is up (web server and all) on an H2
 * file, and a batch command runs in a second JVM through the application's own main method on the
 * same database, which H2 allows only with AUTO_SERVER=TRUE.
 */
class CommandLineWhileServerRunsTests {

    @Test
    void theShippedDatabaseSettingLetsASecondProcessIn() throws IOException {
        Properties settings = new Properties();
        try (InputStream in = PolicyDeskApplication.class.getResourceAsStream("/application.properties")) {
            settings.load(in);
        }
        assertThat(settings.getProperty("spring.datasource.url")).contains(";AUTO_SERVER=TRUE");
    }

    @Test
    void aMergeRunsInItsOwnProcessWhileTheServerIsUp() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "cli-").toAbsolutePath();
        String url = "jdbc:h2:file:" + data.resolve("policydesk") + ";AUTO_SERVER=TRUE";
        String keyFile = data.resolve("account-secrets.key").toString();
        Path contacts = Files.writeString(data.resolve("contacts.csv"),
            "Parent name,Email,Pupil name,Class\nEmma Brown,emma@example.org,Amelia Brown,5K\n");

        try (ConfigurableApplicationContext server = new SpringApplicationBuilder(PolicyDeskApplication.class).run(
            "--server.port=0", "--spring.datasource.url=" + url, "--policydesk.accounts.key-file=" + keyFile,
            "--policydesk.demo.enabled=true", "--camunda.bpm.job-execution.enabled=false")) {
            assertThat(server.isRunning()).isTrue();

            Process command = java(data, "merge", "--contacts", contacts.toString(), "--school", "keston", "--year",
                "2026-27", "--spring.datasource.url=" + url, "--policydesk.accounts.key-file=" + keyFile,
                "--policydesk.documents.output-dir=" + data.resolve("output"));
            String batchJvm = batchJvmOf(command);
            assertThat(command.waitFor(4, TimeUnit.MINUTES)).as("the command finished").isTrue();
            String out = Files.readString(data.resolve("out.txt"), StandardCharsets.UTF_8);
            String err = Files.readString(data.resolve("err.txt"), StandardCharsets.UTF_8);

            if (Files.isDirectory(Path.of("/proc/self"))) {
                assertThat(batchJvm).as("the merge ran in a JVM of its own with C1 only and the same heap limit")
                    .contains(BatchJvm.C1_ONLY, "-XX:MaxHeapSize=268435456");
            }
            assertThat(command.exitValue()).as(out + err).isZero();
            assertThat(out).contains("Wrote 1 letter (2 pages) to " + data.resolve("output/letters/annual/keston"));
            assertThat(err).doesNotContain("Exception");
            try (var batches = Files.list(data.resolve("output/letters/annual/keston"))) {
                Path batch = batches.findFirst().orElseThrow();
                assertThat(PdfText.text(Files.readAllBytes(batch.resolve("all-letters.pdf")))).contains("Amelia Brown (5K)");
            }
        }
    }

    @Test
    void whileTheServerIsUpABackupIsTakenAndAKeyRotationIsRefused() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "cli-").toAbsolutePath();
        String url = "jdbc:h2:file:" + data.resolve("policydesk") + ";AUTO_SERVER=TRUE";
        Path keyFile = data.resolve("account-secrets.key");
        String[] settings = {"--spring.datasource.url=" + url, "--policydesk.accounts.key-file=" + keyFile,
            "--policydesk.documents.output-dir=" + data.resolve("output")};

        try (ConfigurableApplicationContext server = new SpringApplicationBuilder(PolicyDeskApplication.class).run(
            "--server.port=0", settings[0], settings[1], settings[2], "--policydesk.demo.enabled=true",
            "--camunda.bpm.job-execution.enabled=false")) {
            String key = Files.readString(keyFile);

            Process rotation = java(data, with(settings, "rotate-key"));
            assertThat(rotation.waitFor(4, TimeUnit.MINUTES)).as("rotate-key finished").isTrue();
            String refusal = Files.readString(data.resolve("err.txt"), StandardCharsets.UTF_8);
            assertThat(rotation.exitValue()).as(refusal).isEqualTo(2);
            assertThat(refusal).startsWith("PolicyDesk is running: another process has its database open.")
                .contains("Nothing was written.");
            assertThat(Files.readString(keyFile)).isEqualTo(key);
            assertThat(data.resolve("account-secrets.key.next")).doesNotExist();

            Process backup = java(data, with(settings, "backup", "--to", data.resolve("backups").toString()));
            assertThat(backup.waitFor(4, TimeUnit.MINUTES)).as("backup finished").isTrue();
            String out = Files.readString(data.resolve("out.txt"), StandardCharsets.UTF_8);
            assertThat(backup.exitValue()).as(out + Files.readString(data.resolve("err.txt"))).isZero();
            assertThat(out).contains("Backed up the database, the account key file and the documents to",
                data.resolve("backups") + "/policydesk-backup-");
            try (var zips = Files.list(data.resolve("backups"))) {
                assertThat(zips).singleElement().satisfies(zip -> assertThat(zip.getFileName().toString())
                    .matches("policydesk-backup-\\d{8}-\\d{6}\\.zip"));
            }
        }
    }

    @Test
    void badInputIsRefusedWithoutStartingAnything() {
        Console console = Console.capture((out, err) -> PolicyDeskCommandLine.run(PolicyDeskApplication.class,
            new String[] {"register", "--school", "keston", "--kind", "complaints", "--format", "pdf"}, out, err));

        assertThat(console.exit()).isEqualTo(2);
        assertThat(console.err()).startsWith("There is no register called 'complaints'.")
            .contains("Nothing was written.").doesNotContain("Exception");
    }

    /**
     * The flags of the JVM the command started for the work, as {@code jcmd <pid> VM.flags} reports them
     * while it runs, once the argument file it was started with is gone (it deletes the file itself).
     * The child is found through /proc (Linux).
     */
    private static String batchJvmOf(Process command) throws IOException, InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (command.isAlive() && System.nanoTime() < giveUp) {
            for (ProcessHandle child : command.descendants().toList()) {
                List<String> arguments;
                try {
                    arguments = List.of(Files.readString(Path.of("/proc", String.valueOf(child.pid()), "cmdline"),
                        StandardCharsets.UTF_8).split("\0"));
                } catch (IOException ended) {
                    continue;
                }
                if (arguments.size() == 2 && arguments.get(0).endsWith("java") && arguments.get(1).startsWith("@")
                        && Files.notExists(Path.of(arguments.get(1).substring(1)))) {
                    Path jcmd = Path.of(arguments.get(0)).resolveSibling("jcmd");
                    Path reply = Files.createTempFile(Path.of("target"), "jcmd-", ".txt");
                    Process flags = new ProcessBuilder(jcmd.toString(), String.valueOf(child.pid()), "VM.flags")
                        .redirectErrorStream(true).redirectOutput(reply.toFile()).start();
                    if (flags.waitFor(1, TimeUnit.MINUTES) && flags.exitValue() == 0) {
                        return Files.readString(reply, StandardCharsets.UTF_8);
                    }
                    flags.destroyForcibly(); // Not attachable yet: try again while the command runs.
                }
            }
            Thread.sleep(20);
        }
        return "";
    }

    private static String[] with(String[] settings, String... command) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of(settings));
        return all.toArray(String[]::new);
    }

    /** {@code java -cp <the test class path> org.policydesk.PolicyDeskApplication args...}, run in the project folder. */
    private static Process java(Path data, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        // Without empty entries: one would put the project folder itself on the class path, and with it a
        // second copy of processes/ for Camunda to deploy.
        String classPath = String.join(File.pathSeparator, Arrays.stream(System.getProperty("java.class.path")
            .split(File.pathSeparator)).filter(entry -> !entry.isBlank()).toList());
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", classPath,
            PolicyDeskApplication.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        // As an office runs it: no JVM options from the environment (with them it stays in one JVM).
        builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
        return builder
            .redirectOutput(data.resolve("out.txt").toFile())
            .redirectError(data.resolve("err.txt").toFile())
            .start();
    }
}
