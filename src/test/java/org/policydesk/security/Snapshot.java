package org.policydesk.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What "nothing changed" means in these tests: the number of rows in every table (PolicyDesk's
 * registers, the audit trail and the engine's runtime and history) and every file under output/.
 */
record Snapshot(Map<String, Long> rows, List<String> files) {

    static Snapshot of(JdbcClient jdbc, Path outputRoot) {
        Map<String, Long> rows = new TreeMap<>();
        jdbc.sql("select table_name from information_schema.tables where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'")
            .query(String.class).list()
            .forEach(table -> rows.put(table, jdbc.sql("select count(*) from \"" + table + "\"").query(Long.class).single()));
        return new Snapshot(rows, files(outputRoot));
    }

    static List<String> files(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(path -> root.relativize(path).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
