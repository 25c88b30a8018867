package org.policydesk.documents;

import java.nio.file.Path;

/** A file in the output store: {@code name} is what a record links to (relative, with forward slashes). */
public record StoredDocument(String name, Path path, long size) {
}
