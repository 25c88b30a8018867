package org.policydesk.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup zip is untrusted input: none of its entries may land outside the folders restored into. */
class BackupRestoreTests {

    @TempDir
    Path folder;

    @Test
    void anOutputEntryThatClimbsOutOfTheOutputFolderIsRefused() throws IOException {
        Path outside = folder.resolve("outside.txt");
        for (String hostile : new String[] {"output//" + outside, "output/a/../../outside.txt"}) {
            Path backup = backupWith(hostile);
            Path restored = Files.createTempDirectory(folder, "restored-");

            assertThatThrownBy(() -> Backups.restore(backup, restored.resolve("data"), "policydesk",
                restored.resolve("data/account-secrets.key"), restored.resolve("output")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the output folder");
            assertThat(outside).doesNotExist();
        }
    }

    private Path backupWith(String entryName) throws IOException {
        ByteArrayOutputStream database = new ByteArrayOutputStream();
        try (ZipOutputStream inner = new ZipOutputStream(database)) {
            inner.putNextEntry(new ZipEntry("policydesk.mv.db"));
            inner.write(new byte[] {1, 2, 3});
        }
        Path backup = Files.createTempFile(folder, "backup", ".zip");
        try (OutputStream out = Files.newOutputStream(backup); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(Backups.DATABASE));
            zip.write(database.toByteArray());
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write("planted".getBytes());
        }
        return backup;
    }
}
