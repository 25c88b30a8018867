package org.policydesk.commandline;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;

/**
 * Runs a batch command in a JVM suited to short work: one that compiles with C1 only
 * ({@code -XX:TieredStopAtLevel=1}). A batch lasts seconds, and on a two-core machine the C2 compiler
 * spends most of them optimising Flying Saucer's and OpenPDF's code while the documents wait for the
 * same cores: 1,000 letters take about 3.5 s of rendering instead of 5 s, and PolicyDesk starts in
 * 5 s instead of 8 (docs/performance.md). A jar cannot choose its JVM's options, so
 * {@code java -jar policydesk.jar merge ...} starts a second JVM with the same options plus that one,
 * hands it the terminal and returns its exit status.
 *
 * <p>It stays in the JVM it was given when the JIT was chosen on the command line or in
 * {@code JAVA_TOOL_OPTIONS}/{@code JDK_JAVA_OPTIONS}, when an agent or debugger is attached, for
 * {@code help} and {@code restore} (they do not start PolicyDesk), for input that does not parse
 * (the message comes at once), and with {@code -Dpolicydesk.batch-jvm=same}.
 */
final class BatchJvm {

    static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
    static final String SWITCH = "policydesk.batch-jvm";

    private BatchJvm() {
    }

    /** The exit status of the command run in a C1-only JVM, or empty when it should run in this one. */
    static OptionalInt runElsewhere(Class<?> application, String[] args) {
        List<String> jvmArguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
        boolean stayHere = "same".equals(System.getProperty(SWITCH)) || jitChosen(jvmArguments);
        Optional<List<String>> command = command(application, args, stayHere, System.getenv(), jvmArguments,
            ProcessHandle.current().info().command(), System.getProperty("java.class.path", ""),
            System.getProperty("sun.java.command", ""));
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        Process child;
        try {
            child = new ProcessBuilder(command.get()).inheritIO().start();
        } catch (IOException e) {
            return OptionalInt.empty(); // Run here after all: slower, not wrong.
        }
        Thread stopChild = new Thread(child::destroy, "policydesk-batch-jvm-stop");
        Runtime.getRuntime().addShutdownHook(stopChild);
        try {
            return OptionalInt.of(child.waitFor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroy();
            return OptionalInt.of(PolicyDeskCommandLine.FAILED);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopChild);
            } catch (IllegalStateException shuttingDown) {
                // The hook runs anyway.
            }
        }
    }

    /**
     * The command that runs {@code args} in a C1-only JVM with this JVM's options, or empty when the
     * command should run here (see the class comment).
     */
    static Optional<List<String>> command(Class<?> application, String[] args, boolean stayHere,
                                          Map<String, String> environment, List<String> jvmArguments,
                                          Optional<String> javaExecutable, String classPath, String javaCommand) {
        if (stayHere || javaExecutable.isEmpty() || environment.containsKey("JAVA_TOOL_OPTIONS") || environment.containsKey("JDK_JAVA_OPTIONS")
                || jvmArguments.stream().anyMatch(BatchJvm::attachesATool) || !startsPolicyDesk(args)) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(javaExecutable.get());
        command.addAll(jvmArguments);
        command.add(C1_ONLY);
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator) && javaCommand.startsWith(classPath)) {
            command.addAll(List.of("-jar", classPath)); // java -jar policydesk.jar: the jar path may hold spaces
        } else {
            // java -cp ... <main class>: Spring Boot's JarLauncher, or PolicyDesk's own class (no spaces in either)
            String mainClass = javaCommand.isBlank() ? application.getName() : javaCommand.strip().split(" ", 2)[0];
            command.addAll(List.of("-cp", classPath, mainClass));
        }
        command.addAll(Arrays.asList(args));
        return Optional.of(command);
    }

    private static boolean startsPolicyDesk(String[] args) {
        try {
            Command command = CommandLine.parse(args).command();
            return command != Command.HELP && command != Command.RESTORE;
        } catch (IllegalArgumentException badInput) {
            return false;
        }
    }

    private static boolean attachesATool(String jvmArgument) {
        return jvmArgument.startsWith("-agentlib:") || jvmArgument.startsWith("-agentpath:")
            || jvmArgument.startsWith("-javaagent:") || jvmArgument.startsWith("-Xrunjdwp");
    }

    /** Whether the JIT was set up on the command line, or this is not a JVM whose tiers can be chosen. */
    private static boolean jitChosen(List<String> jvmArguments) {
        if (jvmArguments.stream().anyMatch(argument -> argument.contains("Tiered") || argument.equals("-Xint")
                || argument.equals("-Xcomp") || argument.contains("CompilationMode"))) {
            return true;
        }
        try {
            VMOption tiers = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                .getVMOption("TieredStopAtLevel");
            return tiers.getOrigin() != VMOption.Origin.DEFAULT;
        } catch (RuntimeException notHotSpot) {
            return true;
        }
    }
}
