package org.policydesk.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.policydesk.accounts.AccountSettings;
import org.policydesk.documents.OutputStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * One zip with everything a school needs to start again on another machine: the database (an
 * online, consistent H2 backup), the key that opens the account secrets, and the output folder.
 * The database is taken first: documents are only ever added, each before the row that names it
 * commits, so every document the database refers to is in the zip.
 */
@Service
public class Backups {

    static final String DATABASE = "database.zip";
    static final String KEY_FOLDER = "key/";
    static final String OUTPUT_FOLDER = "output/";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final AccountSettings accounts;
    private final OutputStore output;
    private final Clock clock;

    Backups(JdbcClient jdbc, DataSource dataSource, AccountSettings accounts, OutputStore output, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.accounts = accounts;
        this.output = output;
        this.clock = clock;
    }

    /** Writes the backup into {@code folder} and returns the zip; the application keeps running. */
    public Path create(Path folder) {
        try {
            Files.createDirectories(folder);
            String stamp = LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            Path target = folder.resolve("policydesk-backup-" + stamp + ".zip");
            Path database = Files.createTempFile(folder, "database", ".zip");
            Files.delete(database);
            if (!isH2()) {
                throw new IllegalStateException("Only PolicyDesk's embedded H2 database is backed up by this command; "
                    + "on PostgreSQL use pg_dump alongside this command's key file and output copies.");
            }
            Path partial = Files.createTempFile(folder, "backup", ".partial");
            try {
                jdbc.sql("backup to '" + database.toAbsolutePath().toString().replace("'", "''") + "'").update();
                try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(out)) {
                    add(zip, DATABASE, database);
                    Path keyFile = accounts.keyFile();
                    for (Path key : List.of(keyFile, keyFile.resolveSibling(keyFile.getFileName() + ".next"))) {
                        if (Files.exists(key)) {
                            add(zip, KEY_FOLDER + key.getFileName(), key);
                        }
                    }
                    Path root = output.root();
                    if (Files.isDirectory(root)) {
                        try (Stream<Path> files = Files.walk(root)) {
                            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                                add(zip, OUTPUT_FOLDER + root.relativize(file).toString().replace('\\', '/'), file);
                            }
                        }
                    }
                }
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(database);
                // A half-written backup holds the database and the key: never leave it behind.
                Files.deleteIfExists(partial);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("The backup could not be written to " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Unpacks a backup for a fresh instance: the H2 database into {@code dataFolder}, the key file
     * where {@code keyFile} says, the documents into {@code outputFolder}. Refuses to overwrite an
     * existing database, so a restore can never destroy live data.
     */
    public static void restore(Path backup, Path dataFolder, String databaseName, Path keyFile, Path outputFolder) {
        Path databaseFile = dataFolder.resolve(databaseName + ".mv.db");
        if (Files.exists(databaseFile)) {
            throw new IllegalArgumentException("There is already a database at " + databaseFile
                + "; restore into an empty folder.");
        }
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry database = zip.getEntry(DATABASE);
            if (database == null) {
                throw new IllegalArgumentException(backup + " is not a PolicyDesk backup (it has no database).");
            }
            Files.createDirectories(dataFolder);
            try (ZipFile inner = unpackTemporarily(zip, database)) {
                ZipEntry file = inner.stream().filter(entry -> entry.getName().endsWith(".mv.db")).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("The backup's database has no H2 file."));
                copy(inner, file, databaseFile);
            }
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                String name = entry.getName();
                if (entry.isDirectory()) {
                    continue;
                }
                if (name.startsWith(KEY_FOLDER)) {
                    String keyName = name.substring(KEY_FOLDER.length());
                    Path target = keyName.endsWith(".next")
                        ? keyFile.resolveSibling(keyFile.getFileName() + ".next") : keyFile;
                    copy(zip, entry, target);
                    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
                    }
                } else if (name.startsWith(OUTPUT_FOLDER)) {
                    Path root = outputFolder.toAbsolutePath().normalize();
                    Path target = root.resolve(name.substring(OUTPUT_FOLDER.length())).normalize();
                    if (!target.startsWith(root) || target.equals(root)) {
                        throw new IllegalArgumentException(backup + " is not a PolicyDesk backup: its entry '" + name
                            + "' would be written outside the output folder.");
                    }
                    copy(zip, entry, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The backup " + backup + " could not be restored: " + e.getMessage(), e);
        }
    }

    private boolean isH2() {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to back it up: " + e.getMessage(), e);
        }
    }

    private static ZipFile unpackTemporarily(ZipFile zip, ZipEntry entry) throws IOException {
        Path temporary = Files.createTempFile("policydesk-database", ".zip");
        temporary.toFile().deleteOnExit();
        copy(zip, entry, temporary);
        return new ZipFile(temporary.toFile());
    }

    private static void copy(ZipFile zip, ZipEntry entry, Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (InputStream in = zip.getInputStream(entry)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void add(ZipOutputStream zip, String name, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Files.copy(file, zip);
        zip.closeEntry();
    }
}
