package org.policydesk.commandline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policydesk.DemoSchoolTestSupport;
import org.policydesk.PolicyDeskApplication;
import org.policydesk.accounts.AccountRegister;
import org.policydesk.accounts.AccountSettings;
import org.policydesk.audit.AuditTrail;
import org.policydesk.documents.OutputStore;
import org.policydesk.reports.RegisterKind;
import org.policydesk.reports.Registers;
import org.policydesk.workflow.Actors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * verify-audit, rotate-key, backup and restore run in-process as the jar runs them, on an H2 file
 * database (H2 backs up files, not in-memory databases) with the demo school.
 */
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:file:./target/test-databases/commands-${random.uuid}",
    "policydesk.documents.output-dir=target/test-output/commands-${random.uuid}"})
class SafekeepingCommandsTests extends DemoSchoolTestSupport {

    @Autowired BatchCommands commands;
    @Autowired AuditTrail audit;
    @Autowired AccountRegister accounts;
    @Autowired AccountSettings accountSettings;
    @Autowired Actors actors;
    @Autowired Registers registers;
    @Autowired OutputStore output;

    @TempDir
    Path dir;

    @Test
    void verifyAuditSaysTheTrailIsIntactThenPinpointsAnEditedEntryWithStatus3() {
        Console intact = run("verify-audit");
        assertThat(intact.exit()).as(intact.err()).isZero();
        assertThat(intact.out()).startsWith("The audit trail of keston is intact: ").contains(" entries verified.");

        List<Long> ids = jdbc.sql("select id from audit_entry where school_id = 'keston' order by id")
            .query(Long.class).list();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(2);
        jdbc.sql("update audit_entry set reason = 'nothing to see here' where id = ?").param(ids.get(1)).update();

        Console broken = run("verify-audit", "--school", "keston");
        assertThat(broken.exit()).isEqualTo(3);
        assertThat(broken.out()).contains("The audit trail of keston is broken at entry " + ids.get(1)
            + ": its contents were changed after it was written", "take a", "backup of it now as evidence");
        assertThat(broken.err()).isEmpty();
    }

    @Test
    void rotateKeyReSealsEveryPasswordUnderANewKeyFileThatStillOpensThem() throws IOException {
        long facebook = accounts.ofSchool("keston").get(0).id();
        String before = accounts.reveal(actors.of("okowalski"), facebook, "check before the key rotation").reveal();
        Path keyFile = accountSettings.keyFile().toAbsolutePath().normalize();
        String oldKey = Files.readString(keyFile);
        String sealedBefore = sealed(facebook);

        Console console = run("rotate-key");

        assertThat(console.exit()).as(console.err()).isZero();
        assertThat(console.out()).contains("Re-sealed 1 account password under a new key.",
            "The new key is in " + keyFile + ", readable only by ", "Back up this key file now");
        assertThat(Files.readString(keyFile)).isNotEqualTo(oldKey);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        assertThat(sealed(facebook)).isNotEqualTo(sealedBefore);
        assertThat(accounts.reveal(actors.of("okowalski"), facebook, "check after the key rotation").reveal())
            .isEqualTo(before);
        assertThat(audit.entriesBy(Safekeeping.actor())).extracting("action").containsExactly("account-key-rotated");
    }

    @Test
    void aBackupRestoresIntoAFreshFolderWithTheDatabaseKeyAndDocuments() throws Exception {
        registers.storePdf("keston", RegisterKind.ACCOUNTS);
        long facebook = accounts.ofSchool("keston").get(0).id();

        Console backup = run("backup", "--to", dir.resolve("backups").toString());

        assertThat(backup.exit()).as(backup.err()).isZero();
        Matcher written = Pattern.compile("(/\\S+policydesk-backup-\\d{8}-\\d{6}\\.zip) \\((\\d+\\.\\d) MB\\), readable only by ")
            .matcher(backup.out());
        assertThat(written.find()).as(backup.out()).isTrue();
        Path zip = Path.of(written.group(1));
        assertThat(zip).isRegularFile().hasParent(dir.resolve("backups"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(zip))).isEqualTo("rw-------");
        assertThat(audit.entriesFor("backup", zip.getFileName())).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("backup-created");
            assertThat(entry.actor()).isEqualTo(Safekeeping.actor());
        });

        Path restored = dir.resolve("restored");
        // Through the jar's entry point: restore starts no application, so it cannot touch a live database.
        Console restore = Console.capture((out, err) -> PolicyDeskCommandLine.run(PolicyDeskApplication.class,
            new String[] {"restore", "--from", zip.toString(), "--into", restored.toString()}, out, err));

        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Restored " + zip.getFileName() + " into " + restored,
            "--spring.datasource.url=jdbc:h2:file:" + restored.resolve("data/policydesk") + ";AUTO_SERVER=TRUE",
            "--policydesk.accounts.key-file=" + restored.resolve("data/account-secrets.key"),
            "--policydesk.documents.output-dir=" + restored.resolve("output"),
            "The backup does not hold the templates folder");
        assertThat(restored.resolve("data/account-secrets.key")).hasSameTextualContentAs(accountSettings.keyFile());
        assertThat(documents(restored.resolve("output"))).isEqualTo(documents(output.root()));
        try (Connection database = DriverManager.getConnection("jdbc:h2:file:" + restored.resolve("data/policydesk"),
            "policydesk", "")) {
            assertThat(single(database, "select secret_sealed from accounts_account where id = " + facebook))
                .isEqualTo(sealed(facebook));
            assertThat(single(database, "select count(*) from audit_entry"))
                .isEqualTo(String.valueOf(jdbc.sql("select count(*) from audit_entry").query(Long.class).single() - 1));
            assertThat(single(database, "select count(*) from people_person")).isEqualTo("17");
        }
    }

    @Test
    void badBackupInputIsRefusedAndNothingIsWritten() throws IOException {
        long entries = auditEntries();
        Path file = Files.writeString(dir.resolve("notes.txt"), "not a folder");

        Console aFile = run("backup", "--to", file.toString());
        assertThat(aFile.exit()).isEqualTo(2);
        assertThat(aFile.err()).startsWith("--to names a folder for the backup; " + file + " is a file.");

        Console insideOutput = run("backup", "--to", output.root().resolve("backups").toString());
        assertThat(insideOutput.exit()).isEqualTo(2);
        assertThat(insideOutput.err()).startsWith("Put backups outside the output folder " + output.root())
            .contains("Nothing was written.");
        assertThat(output.root().resolve("backups")).doesNotExist();

        Console missing = run("backup");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).startsWith("'backup' needs --to.");
        assertThat(auditEntries()).isEqualTo(entries);
    }

    @Test
    void badRestoreInputIsRefusedAndNothingIsWritten() throws IOException {
        Path notAZip = Files.writeString(dir.resolve("backup.zip"), "hello");
        Path noDatabase = zip(dir.resolve("photos.zip"), "output/photo.png");
        Path traversal = zip(dir.resolve("evil.zip"), "database.zip", "output/../../evil.txt");
        Path nonEmpty = Files.createDirectories(dir.resolve("in-use"));
        Files.writeString(nonEmpty.resolve("keep.txt"), "mine");
        Path target = dir.resolve("target");

        assertRefused(run("restore", "--from", dir.resolve("nowhere.zip").toString(), "--into", target.toString()),
            "There is no backup file " + dir.resolve("nowhere.zip") + ".");
        assertRefused(run("restore", "--from", notAZip.toString(), "--into", target.toString()),
            "backup.zip is not a zip file, so not a PolicyDesk backup.");
        assertRefused(run("restore", "--from", noDatabase.toString(), "--into", target.toString()),
            noDatabase + " is not a PolicyDesk backup (it has no database).");
        assertRefused(run("restore", "--from", traversal.toString(), "--into", target.toString()),
            "evil.zip has an entry 'output/../../evil.txt' that points outside the folder");
        assertRefused(run("restore", "--from", noDatabase.toString(), "--into", nonEmpty.toString()),
            nonEmpty + " is not empty. Restore into a new or empty folder");
        assertRefused(run("restore", "--from", noDatabase.toString()), "'restore' needs --into.");

        assertThat(target).doesNotExist();
        assertThat(dir.getParent().resolve("evil.txt")).doesNotExist();
        try (Stream<Path> files = Files.list(nonEmpty)) {
            assertThat(files).containsExactly(nonEmpty.resolve("keep.txt"));
        }
    }

    @Test
    void verifyAuditOfAnUnknownSchoolIsBadInput() {
        Console console = run("verify-audit", "--school", "nowhere");
        assertThat(console.exit()).isEqualTo(2);
        assertThat(console.err()).startsWith("There is no school 'nowhere'. Schools: keston.");
    }

    @Test
    void helpListsTheSafekeepingCommands() {
        assertThat(run("help").out()).contains("verify-audit [--school ID]", "rotate-key [--servers-stopped]",
            "backup --to FOLDER", "restore --from ZIP --into FOLDER", "3 verify-audit found a broken audit trail");
    }

    private static void assertRefused(Console console, String message) {
        assertThat(console.exit()).as(console.out() + console.err()).isEqualTo(2);
        assertThat(console.err()).startsWith(message).contains("Nothing was written.").doesNotContain("Exception");
    }

    private Console run(String... args) {
        return Console.capture((out, err) -> commands.run(out, err, args));
    }

    private String sealed(long accountId) {
        return jdbc.sql("select secret_sealed from accounts_account where id = ?").param(accountId)
            .query(String.class).single();
    }

    private long auditEntries() {
        return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }

    private static String single(Connection database, String sql) throws SQLException {
        try (ResultSet rows = database.createStatement().executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }

    private static List<Path> documents(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    private static Path zip(Path file, String... entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("x".getBytes());
                zip.closeEntry();
            }
        }
        return file;
    }
}
