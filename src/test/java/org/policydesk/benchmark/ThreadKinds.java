package org.policydesk.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU used so far by this JVM's live threads, in ms, by thread name with any number at the end
 * dropped ("C2 CompilerThread", "GC Thread", "G1 Conc", "main"), read from /proc/self/task. Linux only.
 * Threads that have ended are not counted, so compare kinds that live for the whole run (the JIT's
 * and the collector's threads, "main").
 */
final class ThreadKinds {

    private ThreadKinds() {
    }

    static Map<String, Long> cpuMillis() {
        Map<String, Long> used = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String kind = Files.readString(task.resolve("comm")).strip().replaceAll("[0-9]+$", "");
                    String stat = Files.readString(task.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    used.merge(kind, ticks * 10, Long::sum);
                } catch (IOException threadEnded) {
                    // The thread ended between the listing and the read.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read /proc/self/task (Linux only)", e);
        }
        return used;
    }

    /** What each kind used between {@code before} and {@code after}, for kinds alive at both. */
    static long between(Map<String, Long> before, Map<String, Long> after, String... kinds) {
        long used = 0;
        for (String kind : kinds) {
            used += after.getOrDefault(kind, 0L) - before.getOrDefault(kind, 0L);
        }
        return used;
    }
}
