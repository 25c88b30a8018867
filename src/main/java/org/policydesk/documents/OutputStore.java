package org.policydesk.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Generated documents under the output folder. A file appears whole or not at all: it is written to
 * a temporary file in the same folder, flushed to disk and then moved into place atomically, so a
 * crash half-way leaves no half-written letter behind (only a ".part" file that is never linked).
 */
@Component
public class OutputStore {

    /** Folders and file names of letters, digits, dot, dash and underscore; no "..", no leading dot. */
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,119}");

    /** Writes the content to the stream it is given; may throw, in which case nothing is kept. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path root;

    public OutputStore(DocumentSettings settings) {
        this.root = settings.outputDir().toAbsolutePath().normalize();
    }

    public StoredDocument write(String name, byte[] content) {
        return write(name, out -> out.write(content));
    }

    public StoredDocument write(String name, Content content) {
        Path target = resolve(name);
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(temp, target);
            return new StoredDocument(name, target, Files.size(target));
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Could not write " + name + " to the output folder: " + e.getMessage(), e);
        }
    }

    public boolean exists(String name) {
        return Files.isRegularFile(resolve(name));
    }

    /**
     * The file for {@code name}, refusing anything that could land outside the output folder
     * (absolute paths, "..", backslashes, hidden files).
     */
    public Path resolve(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A document needs a file name.");
        }
        for (String segment : name.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches()) {
                throw new IllegalArgumentException("'" + name + "' is not an allowed document name: use folders and "
                    + "file names of letters, digits, '.', '-' and '_' separated by '/', without '..'.");
            }
        }
        Path target = root.resolve(name).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("'" + name + "' would be outside the output folder.");
        }
        return target;
    }

    public Path root() {
        return root;
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this only happens on exotic file systems; say so rather than write non-atomically.
            throw new IOException("The output folder's file system cannot replace files atomically", e);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // A stray ".part" file is harmless: nothing links to it.
            }
        }
    }
}
