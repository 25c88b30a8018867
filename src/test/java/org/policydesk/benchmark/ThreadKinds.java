package org.policydesk.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU used by this JVM's threads, read from /proc/self/task (Linux only), by kind: the thread's name
 * with any number at the end dropped ("C2 CompilerThread", "GC Thread", "G1 Conc", "main"). A thread
 * that ends between two readings takes what it used since the first with it, so compare kinds that
 * live for the whole run (the JIT's and the collector's threads, "main").
 */
final class ThreadKinds {

    private ThreadKinds() {
    }

    /** CPU used so far, in ms, by each live thread: kind, then thread id. */
    static Map<String, Map<String, Long>> cpuMillis() {
        Map<String, Map<String, Long>> used = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String kind = Files.readString(task.resolve("comm")).strip().replaceAll("[0-9]+$", "");
                    String stat = Files.readString(task.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    used.computeIfAbsent(kind, k -> new TreeMap<>()).put(task.getFileName().toString(), ticks * 10);
                } catch (IOException threadEnded) {
                    // The thread ended between the listing and the read.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read /proc/self/task (Linux only)", e);
        }
        return used;
    }

    /** What the threads of these kinds that are alive at {@code after} used since {@code before}, in ms. */
    static long between(Map<String, Map<String, Long>> before, Map<String, Map<String, Long>> after, String... kinds) {
        long used = 0;
        for (String kind : kinds) {
            Map<String, Long> then = before.getOrDefault(kind, Map.of());
            for (Map.Entry<String, Long> thread : after.getOrDefault(kind, Map.of()).entrySet()) {
                used += thread.getValue() - then.getOrDefault(thread.getKey(), 0L);
            }
        }
        return used;
    }

    /** {@link #between} for every kind alive at {@code after}. */
    static Map<String, Long> byKind(Map<String, Map<String, Long>> before, Map<String, Map<String, Long>> after) {
        Map<String, Long> used = new TreeMap<>();
        for (String kind : after.keySet()) {
            used.put(kind, between(before, after, kind));
        }
        return used;
    }
}
