package org.policydesk.commandline;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.policydesk.backup.Backups;

/**
 * restore: unpacks a backup into an empty folder laid out as PolicyDesk's own ({@code data/},
 * {@code output/}). It needs no running application, so it never starts one: a restore can never
 * touch the live database.
 */
final class Restoring {

    static final String DATABASE_NAME = "policydesk";

    private Restoring() {
    }

    static void restore(Job.Restore job, PrintStream out) {
        Path folder = job.folder();
        boolean created = !Files.exists(folder);
        Path data = folder.resolve("data");
        Path keyFile = data.resolve("account-secrets.key");
        Path documents = folder.resolve("output");
        try {
            Backups.restore(job.backup(), data, DATABASE_NAME, keyFile, documents);
        } catch (RuntimeException e) {
            discard(folder, created);
            throw e;
        }
        out.println("Restored " + job.backup().getFileName() + " into " + folder + ":");
        out.println("  database:   " + data.resolve(DATABASE_NAME + ".mv.db"));
        out.println("  key file:   " + (Files.exists(keyFile) ? keyFile : "none in the backup"));
        out.println("  documents:  " + documents + " (" + files(documents) + " files)");
        out.println("Start PolicyDesk from it with these settings (on the command line, or in application.properties");
        out.println("without the leading --):");
        out.println("  --spring.datasource.url=jdbc:h2:file:" + data.resolve(DATABASE_NAME) + ";AUTO_SERVER=TRUE");
        out.println("  --policydesk.accounts.key-file=" + keyFile);
        out.println("  --policydesk.documents.output-dir=" + documents);
        Path templates = Path.of("templates").toAbsolutePath();
        out.println("  --policydesk.documents.templates-dir="
            + (Files.isDirectory(templates) ? templates : "<the folder holding your templates>"));
        out.println("The backup does not hold the templates folder (edited letters, the school's logo): keep a copy");
        out.println("of it with your backups.");
    }

    /** The backup to restore: an existing zip whose every entry stays inside the folder it is unpacked into. */
    static Path backupZip(String text) {
        Path zip = Path.of(text).toAbsolutePath().normalize();
        if (!Files.isRegularFile(zip)) {
            throw new IllegalArgumentException("There is no backup file " + zip + ".");
        }
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(file.entries())) {
                if (escapes(entry.getName())) {
                    throw new IllegalArgumentException(zip.getFileName() + " has an entry '" + entry.getName()
                        + "' that points outside the folder it would be restored into; PolicyDesk did not make it.");
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(zip.getFileName() + " is not a zip file, so not a PolicyDesk backup.");
        }
        return zip;
    }

    /** A folder that does not exist yet, or is empty: a restore never overwrites anything. */
    static Path emptyFolder(String text) {
        Path folder = Path.of(text).toAbsolutePath().normalize();
        if (!Files.exists(folder)) {
            return folder;
        }
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("--into names a folder to restore into; " + folder + " is a file.");
        }
        try (Stream<Path> children = Files.list(folder)) {
            if (children.findAny().isPresent()) {
                throw new IllegalArgumentException(folder + " is not empty. Restore into a new or empty folder, "
                    + "so that nothing already there is overwritten.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    private static boolean escapes(String name) {
        String normal = name.replace('\\', '/');
        return normal.startsWith("/") || normal.matches("[A-Za-z]:.*") || Stream.of(normal.split("/")).anyMatch(".."::equals);
    }

    private static long files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A failed restore leaves the folder as empty as it was (or gone, if the command made it). */
    private static void discard(Path folder, boolean created) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (created || !path.equals(folder)) {
                    Files.deleteIfExists(path);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The restore failed and " + folder + " could not be emptied again", e);
        }
    }
}
