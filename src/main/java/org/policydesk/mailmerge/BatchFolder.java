package org.policydesk.mailmerge;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.policydesk.documents.OutputStore;

/**
 * A batch's files are written into a hidden folder beside their final place and the whole folder
 * is renamed into place only when every file is complete and on disk. After a crash or an error
 * there is never half a batch under its real name: at most a hidden ".…-part" folder nothing links to.
 */
final class BatchFolder implements AutoCloseable {

    /** Writes a file's content; may throw, in which case the whole batch is discarded. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final int SYNC_THREADS = 16;

    private final Path parent;
    private final Path temp;
    private Path target;

    private BatchFolder(Path parent, Path temp) {
        this.parent = parent;
        this.temp = temp;
    }

    /** A new hidden folder under {@code parentName} (a name in the output store, e.g. "letters/annual/keston"). */
    static BatchFolder open(OutputStore output, String parentName, String batch) {
        Path parent = output.resolve(parentName);
        output.resolve(parentName + "/" + batch); // refuses a batch name that could escape the output folder
        try {
            Files.createDirectories(parent);
            // Not createTempDirectory: its owner-only permissions would stay on the finished batch.
            String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
            return new BatchFolder(parent, Files.createDirectory(parent.resolve("." + batch + "-part-" + suffix)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make a folder for the batch under " + parent, e);
        }
    }

    /** Writes {@code name} (relative, may contain one folder) inside the batch; {@link #commit} forces it to disk. */
    void write(String name, Content content) {
        Path file = temp.resolve(name);
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), 64 * 1024)) {
                content.writeTo(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + name + " for the batch: " + e.getMessage(), e);
        }
    }

    void write(String name, byte[] bytes) {
        write(name, out -> out.write(bytes));
    }

    /**
     * Moves the finished batch to {@code parent/batch} (or batch-2, batch-3 … if that exists already) in
     * one atomic rename; returns the folder.
     */
    Path commit(String batch) {
        try {
            forceFiles();
            forceDirectory(temp.resolve(AnnualLetters.LETTERS_FOLDER));
            forceDirectory(temp);
            for (int attempt = 1; ; attempt++) {
                Path candidate = parent.resolve(attempt == 1 ? batch : batch + "-" + attempt);
                if (Files.exists(candidate)) {
                    continue;
                }
                try {
                    Files.move(temp, candidate, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException raced) {
                    continue;
                } catch (AtomicMoveNotSupportedException e) {
                    throw new IOException("The output folder's file system cannot rename folders atomically", e);
                }
                forceDirectory(parent);
                target = candidate;
                return candidate;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not move the finished batch into place: " + e.getMessage(), e);
        }
    }

    /**
     * Every file to disk before the rename. Many fsyncs at once let the file system commit its journal
     * for several files together, several times faster on ext4 than one file after another.
     */
    private void forceFiles() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(temp)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(SYNC_THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Path file : files) {
                done.add(pool.submit(() -> {
                    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                        channel.force(true);
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while writing the batch to disk", e);
        } catch (ExecutionException e) {
            throw new IOException("Could not write the batch to disk: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Removes the hidden folder unless the batch was committed. */
    @Override
    public void close() {
        if (target != null || !Files.exists(temp)) {
            return;
        }
        try (Stream<Path> files = Files.walk(temp)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // A leftover hidden "-part" folder is harmless: nothing links to it.
        }
    }

    /** So that the rename itself survives a power cut (Linux; elsewhere a directory cannot be opened, and that is fine). */
    private static void forceDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Not every platform lets a directory be synced; the files themselves already are.
        }
    }
}
