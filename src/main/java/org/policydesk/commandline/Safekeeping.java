package org.policydesk.commandline;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;

import org.policydesk.accounts.AccountSettings;
import org.policydesk.accounts.KeyRotation;
import org.policydesk.audit.AuditChain;
import org.policydesk.audit.AuditTrail;
import org.policydesk.backup.Backups;
import org.policydesk.documents.OutputStore;
import org.policydesk.school.School;
import org.policydesk.school.Schools;
import org.springframework.stereotype.Component;

/** verify-audit, rotate-key and backup: the commands that keep a school's records safe and provable. */
@Component
class Safekeeping {

    private final AuditChain chain;
    private final AuditTrail audit;
    private final KeyRotation rotation;
    private final AccountSettings accountSettings;
    private final Backups backups;
    private final OutputStore output;
    private final DatabaseNeighbours neighbours;
    private final Schools schools;

    Safekeeping(AuditChain chain, AuditTrail audit, KeyRotation rotation, AccountSettings accountSettings,
                Backups backups, OutputStore output, DatabaseNeighbours neighbours, Schools schools) {
        this.schools = schools;
        this.chain = chain;
        this.audit = audit;
        this.rotation = rotation;
        this.accountSettings = accountSettings;
        this.backups = backups;
        this.output = output;
        this.neighbours = neighbours;
    }

    /** Returns {@link PolicyDeskCommandLine#BROKEN} when any school's chain is broken. */
    int verifyAudit(List<School> schools, PrintStream out) {
        if (schools.isEmpty()) {
            out.println("There are no schools yet, so there is no audit trail to verify.");
            return PolicyDeskCommandLine.OK;
        }
        boolean broken = false;
        for (School school : schools) {
            AuditChain.Verification verification = chain.verify(school.id());
            out.println(verification.describe());
            broken |= !verification.intact();
        }
        if (broken) {
            out.println("Someone changed the audit trail outside PolicyDesk. Leave the database as it is, take a");
            out.println("backup of it now as evidence (backup --to FOLDER), and run verify-audit on earlier backups");
            out.println("(restore them into an empty folder) to find out when the change was made.");
            return PolicyDeskCommandLine.BROKEN;
        }
        return PolicyDeskCommandLine.OK;
    }

    void rotateKey(Job.RotateKey job, PrintStream out) {
        // A running server keeps the old key in memory: it could no longer open the re-sealed passwords,
        // and any password it sealed afterwards would be lost with the old key at its next start.
        switch (neighbours.ask()) {
            case SHARED -> throw new IllegalArgumentException("PolicyDesk is running: another process has its "
                + "database open. Stop the PolicyDesk server (and any other batch command), then run rotate-key "
                + "again; a running server keeps the old key in memory and would seal new passwords with it.");
            case UNKNOWN -> {
                if (!job.serversStopped()) {
                    throw new IllegalArgumentException("PolicyDesk cannot tell whether a server is using this "
                        + "database. Stop every PolicyDesk server that uses it, then run "
                        + "'rotate-key --servers-stopped'.");
                }
            }
            case ALONE -> {
            }
        }
        int resealed = rotation.rotate(actor());
        Path keyFile = accountSettings.keyFile().toAbsolutePath().normalize();
        out.println(resealed == 0 ? "There were no account passwords to re-seal; the new key seals the next one."
            : "Re-sealed " + count(resealed, "account password") + " under a new key.");
        out.println("The new key is in " + keyFile + permissions(keyFile) + ".");
        out.println("Back up this key file now, separately from the database and somewhere safe (not on this");
        out.println("machine): without it nobody can open the passwords. Backups made before now hold the old key");
        out.println("with the passwords sealed under it, so they still restore; take a new one with backup --to FOLDER.");
    }

    void backup(Job.Backup job, PrintStream out) {
        if (job.folder().startsWith(output.root())) {
            throw new IllegalArgumentException("Put backups outside the output folder " + output.root()
                + ": each backup holds that folder, so it would hold every earlier backup too.");
        }
        Path zip = backups.create(job.folder());
        long size = size(zip);
        // Every school's data is in the zip, so every school's trail says who took it and where it went.
        for (School school : schools.all()) {
            audit.record(school.id(), actor(), "backup-created", "backup", zip.getFileName(),
                "Database, account key file and documents backed up to " + zip, null);
        }
        out.println("Backed up the database, the account key file and the documents to");
        out.println("  " + zip + " (" + megabytes(size) + ")" + permissions(zip) + ".");
        out.println("The zip holds the key that opens the account passwords: keep it where only the office can");
        out.println("read it. To restore it: java -jar policydesk.jar restore --from " + zip + " --into NEW-FOLDER");
    }

    /** Whoever ran the command, as the operating system knows them: a batch command has no sign-in. */
    static String actor() {
        String actor = "command-line/" + System.getProperty("user.name", "unknown");
        return actor.length() > 64 ? actor.substring(0, 64) : actor;
    }

    static Path backupFolder(String text) {
        Path folder = Path.of(text).toAbsolutePath().normalize();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("--to names a folder for the backup; " + folder + " is a file.");
        }
        return folder;
    }

    static String megabytes(long bytes) {
        return String.format(Locale.UK, "%,.1f MB", bytes / 1_048_576.0);
    }

    private static String permissions(Path file) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return "";
        }
        try {
            String permissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
            return permissions.equals("rw-------") ? ", readable only by " + System.getProperty("user.name")
                : ", permissions " + permissions;
        } catch (IOException e) {
            return "";
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String count(long n, String noun) {
        return String.format(Locale.UK, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
