package org.policydesk.commandline;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;

/**
 * Runs a batch command in a JVM suited to short work: one that compiles with C1 only
 * ({@code -XX:TieredStopAtLevel=1}). A batch lasts seconds, and on a two-core machine the C2 compiler
 * spends most of them optimising Flying Saucer's and OpenPDF's code while the documents wait for the
 * same cores: 1,000 letters render in 2.5-3 s instead of 4-6 s, and PolicyDesk starts in about 6 s
 * instead of 8 (docs/performance.md). A jar cannot choose its JVM's options, so
 * {@code java -jar policydesk.jar merge ...} starts a second JVM with the same options plus that one,
 * hands it the terminal and returns its exit status. The options and arguments go to it in an argument
 * file only the user can read (in the encoding the launcher reads it in), which it deletes once
 * started, not on its command line, where any local user could read a {@code -D...password=} that
 * came from an argument file.
 *
 * <p>It stays in the JVM it was given for {@code help}, {@code restore} and input that does not parse
 * (none starts PolicyDesk); when the JIT was chosen; when any environment variable adds JVM options;
 * when the JVM was not started from the jar or with PolicyDesk's own main class; when an option is
 * one it does not know to be harmless twice (a debugger, an agent, a JMX port, a flight recording or
 * log file would clash or be overwritten); when an argument cannot be written in the system's encoding;
 * and with {@code -Dpolicydesk.batch-jvm=same}. The second JVM ends if the first is killed (or is
 * gone before it starts), and the first gives the second time to stop when it is stopped itself.
 */
final class BatchJvm {

    static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
    static final String SWITCH = "policydesk.batch-jvm";
    /** The second JVM's mark: it never starts a third, and it ends when the first does. */
    static final String CHILD = "-D" + SWITCH + "=child";
    private static final Set<String> LAUNCHERS = Set.of("org.springframework.boot.loader.launch.JarLauncher",
        "org.springframework.boot.loader.launch.PropertiesLauncher");
    private static final List<String> OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");
    /** Options that do the same harm-free thing in both JVMs: heap, stack, encoding, locale, time zone, settings. */
    private static final Predicate<String> HARMLESS_TWICE = Pattern.compile(
        "-Xm[sx]\\d+[kKmMgG]?|-Xss\\d+[kKmMgG]?|-XX:(Max|Min|Initial)RAMPercentage=[\\d.]+|-XX:MaxMetaspaceSize=\\d+[kKmMgG]?"
            + "|-XX:\\+Use(G1|Serial|Parallel)GC|-XX:\\+ExitOnOutOfMemoryError|--add-(opens|exports)[= ].+"
            + "|-D(?!com\\.sun\\.management\\.)(?!" + Pattern.quote(SWITCH) + ")[\\w.-]+(=.*)?").asMatchPredicate();
    private static final long STOP_WAIT_SECONDS = 30;
    private static final String ARGUMENT_FILE_PREFIX = "policydesk-batch-";
    /** Told to the second JVM: the first JVM's pid, and the argument file to delete once started. */
    private static final String PARENT = SWITCH + ".parent";
    private static final String ARGUMENT_FILE = SWITCH + ".arguments";

    private BatchJvm() {
    }

    /** The exit status of the command run in a C1-only JVM, or empty when it should run in this one. */
    static OptionalInt runElsewhere(Class<?> application, String[] args) {
        String choice = System.getProperty(SWITCH, "");
        if ("child".equals(choice)) {
            Optional.ofNullable(System.getProperty(ARGUMENT_FILE)).map(Path::of)
                .filter(file -> file.getFileName() != null && file.getFileName().toString().startsWith(ARGUMENT_FILE_PREFIX))
                .ifPresent(BatchJvm::deleteQuietly);
            endWithParent(Long.getLong(PARENT, -1));
        }
        List<String> jvmArguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
        Optional<List<String>> arguments = arguments(application, args, choice, tiersChosen(), System.getenv(),
            jvmArguments, System.getProperty("java.class.path", ""), System.getProperty("sun.java.command", ""));
        Optional<String> java = ProcessHandle.current().info().command();
        if (arguments.isEmpty() || java.isEmpty()) {
            return OptionalInt.empty();
        }
        Path argumentFile = null;
        try {
            argumentFile = privateFile();
            List<String> all = new ArrayList<>(List.of("-D" + PARENT + "=" + ProcessHandle.current().pid(),
                "-D" + ARGUMENT_FILE + "=" + argumentFile));
            all.addAll(arguments.get());
            // The java launcher reads an argument file in the encoding it reads command lines in.
            Charset encoding = Charset.forName(System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name()));
            if (!all.stream().allMatch(encoding.newEncoder()::canEncode)) {
                return OptionalInt.empty(); // A name this system's encoding cannot carry: the arguments as given.
            }
            Files.write(argumentFile, all.stream().map(BatchJvm::quoted).toList(), encoding);
            return OptionalInt.of(run(new ProcessBuilder(java.get(), "@" + argumentFile).inheritIO().start()));
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty(); // Run here after all: slower, not wrong.
        } finally {
            deleteQuietly(argumentFile);
        }
    }

    private static int run(Process child) {
        Thread stopChild = new Thread(() -> stop(child), "policydesk-batch-jvm-stop");
        Runtime.getRuntime().addShutdownHook(stopChild);
        try {
            return child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(child);
            return PolicyDeskCommandLine.FAILED;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopChild);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running and waits for the child.
            }
        }
    }

    /** Asks the second JVM to stop (its own shutdown keeps nothing half-made) and gives it time to. */
    private static void stop(Process child) {
        child.destroy();
        try {
            child.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * What the second JVM is given (its options, main class or jar, and the command), or empty when the
     * command should run in this JVM (see the class comment). {@code choice} is this JVM's
     * {@code policydesk.batch-jvm} setting.
     */
    static Optional<List<String>> arguments(Class<?> application, String[] args, String choice, boolean tiersChosen,
                                            Map<String, String> environment, List<String> jvmArguments,
                                            String classPath, String javaCommand) {
        if (!choice.isEmpty() || tiersChosen || OPTION_VARIABLES.stream().anyMatch(environment::containsKey)
                || !jvmArguments.stream().allMatch(HARMLESS_TWICE) || !startsPolicyDesk(args)) {
            return Optional.empty();
        }
        List<String> main;
        String mainClass = javaCommand.strip().split(" ", 2)[0];
        if (isJar(classPath) && javaCommand.startsWith(classPath)) {
            main = List.of("-jar", classPath); // java -jar policydesk.jar: the path may hold spaces
        } else if (mainClass.equals(application.getName()) || LAUNCHERS.contains(mainClass)) {
            main = List.of("-cp", classPath, mainClass);
        } else {
            return Optional.empty(); // Started some other way (a test, a build tool): its main is not ours to run.
        }
        List<String> arguments = new ArrayList<>(jvmArguments);
        arguments.add(C1_ONLY);
        arguments.add(CHILD);
        arguments.addAll(main);
        arguments.addAll(Arrays.asList(args));
        return Optional.of(arguments);
    }

    private static boolean isJar(String classPath) {
        return classPath.toLowerCase(Locale.ROOT).endsWith(".jar") && !classPath.contains(File.pathSeparator);
    }

    private static boolean startsPolicyDesk(String[] args) {
        try {
            return CommandLine.parse(args).command().startsPolicyDesk();
        } catch (IllegalArgumentException badInput) {
            return false;
        }
    }

    /** Whether anything set the JIT's tiers for this JVM, or it is not a JVM whose tiers can be chosen. */
    private static boolean tiersChosen() {
        try {
            VMOption tiers = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                .getVMOption("TieredStopAtLevel");
            return tiers.getOrigin() != VMOption.Origin.DEFAULT;
        } catch (RuntimeException notHotSpot) {
            return true;
        }
    }

    /**
     * In the second JVM: if the first is killed (and so cannot stop this one itself), stop too. A first
     * JVM already gone when this one starts leaves it with another parent: then it stops at once.
     */
    private static void endWithParent(long parentPid) {
        Optional<ProcessHandle> parent = ProcessHandle.current().parent().filter(handle -> handle.pid() == parentPid);
        if (parent.isEmpty()) {
            System.err.println("The java process that started this one for the command has ended: stopping too.");
            System.exit(PolicyDeskCommandLine.FAILED);
        }
        parent.get().onExit().thenRun(() -> System.exit(PolicyDeskCommandLine.FAILED));
    }

    /** One argument as the java launcher reads it from an argument file: quoted, with \ and " escaped. */
    static String quoted(String argument) {
        return '"' + argument.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
            + '"';
    }

    private static Path privateFile() throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(ARGUMENT_FILE_PREFIX, ".args",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createTempFile(ARGUMENT_FILE_PREFIX, ".args"); // elsewhere the user's own temp folder
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
