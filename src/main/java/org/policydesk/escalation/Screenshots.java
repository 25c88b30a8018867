package org.policydesk.escalation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.policydesk.documents.OutputStore;
import org.policydesk.documents.StoredDocument;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Screenshots filed with their incident in the output folder, written whole or not at all. If the
 * report's transaction rolls back after the file was written, the file goes too, so a refused
 * report leaves nothing behind.
 */
@Component
class Screenshots {

    private final OutputStore output;
    private final Incidents incidents;

    Screenshots(OutputStore output, Incidents incidents) {
        this.output = output;
        this.incidents = incidents;
    }

    Screenshot store(String schoolId, long incidentId, Upload upload, ScreenshotType type) {
        String name = "incidents/" + schoolId + "/" + incidentId + "/screenshot." + type.extension();
        StoredDocument stored = output.write(name, upload.content());
        removeIfRolledBack(stored.path());
        incidents.attachScreenshot(incidentId, name);
        return new Screenshot(name, type, stored.path(), stored.size());
    }

    Optional<Screenshot> of(long incidentId) {
        return incidents.screenshotOf(incidentId).filter(output::exists).map(name -> {
            Path path = output.resolve(name);
            try {
                return new Screenshot(name, ScreenshotType.ofStoredName(name), path, Files.size(path));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the screenshot " + name, e);
            }
        });
    }

    private static void removeIfRolledBack(Path file) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_ROLLED_BACK) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException("Could not remove the screenshot of a refused report", e);
                    }
                }
            }
        });
    }
}
