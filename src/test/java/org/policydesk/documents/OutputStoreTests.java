package org.policydesk.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputStoreTests {

    @TempDir
    Path dir;

    private OutputStore store() {
        return new OutputStore(new DocumentSettings(Path.of("templates"), dir.resolve("output")));
    }

    @Test
    void writesIntoFoldersUnderTheOutputFolder() throws IOException {
        StoredDocument stored = store().write("incidents/42/removal-request.pdf", "%PDF".getBytes(StandardCharsets.US_ASCII));

        assertThat(stored.name()).isEqualTo("incidents/42/removal-request.pdf");
        assertThat(stored.path()).isEqualTo(dir.resolve("output/incidents/42/removal-request.pdf").toAbsolutePath());
        assertThat(stored.size()).isEqualTo(4);
        assertThat(Files.readString(stored.path())).isEqualTo("%PDF");
        assertThat(leftovers()).containsExactly("removal-request.pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape.pdf", "incidents/../../escape.pdf", "/etc/passwd", "..", ".hidden.pdf",
        "incidents\\42.pdf", "incidents//42.pdf", "incidents/42/", "C:/x.pdf", "a/./b.pdf", " ", "letter\u0000.pdf"})
    void refusesNamesThatCouldLandOutsideTheOutputFolder(String name) {
        assertThatThrownBy(() -> store().write(name, new byte[] {1}))
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(dir.resolve("escape.pdf")).doesNotExist();
    }

    @Test
    void aWriteThatFailsHalfWayLeavesNothingBehind() throws IOException {
        OutputStore store = store();

        assertThatThrownBy(() -> store.write("letters/half.pdf", out -> {
            out.write("half a letter".getBytes(StandardCharsets.US_ASCII));
            throw new IOException("disk unplugged");
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("letters/half.pdf");

        assertThat(store.exists("letters/half.pdf")).isFalse();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aFailedRewriteKeepsThePreviousVersionWhole() throws IOException {
        OutputStore store = store();
        store.write("registers/accounts.pdf", "version one".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> store.write("registers/accounts.pdf", out -> {
            out.write("version tw".getBytes(StandardCharsets.US_ASCII));
            throw new IllegalStateException("renderer crashed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(Files.readString(store.resolve("registers/accounts.pdf"))).isEqualTo("version one");
        assertThat(leftovers()).containsExactly("accounts.pdf");
    }

    @Test
    void aSuccessfulRewriteReplacesTheFile() throws IOException {
        OutputStore store = store();
        store.write("registers/accounts.pdf", "version one".getBytes(StandardCharsets.US_ASCII));
        store.write("registers/accounts.pdf", "version two".getBytes(StandardCharsets.US_ASCII));

        assertThat(Files.readString(store.resolve("registers/accounts.pdf"))).isEqualTo("version two");
    }

    private java.util.List<String> leftovers() throws IOException {
        Path root = dir.resolve("output");
        if (!Files.exists(root)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(path -> path.getFileName().toString()).toList();
        }
    }
}
