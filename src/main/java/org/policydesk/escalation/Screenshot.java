package org.policydesk.escalation;

import java.nio.file.Path;

/** A stored screenshot of a reported comment: its name in the output folder, its type and its file. */
record Screenshot(String name, ScreenshotType type, Path path, long size) {

    /** What the download is called on the person's computer: {@code INC-0007-screenshot.png}. */
    String downloadName(long incidentId) {
        return IncidentWords.reference(incidentId) + "-screenshot." + type.extension();
    }
}
