package org.policydesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretCipherTests {

    @TempDir Path directory;

    @Test
    void sealedSecretOpensAgainWithTheSameKeyFile() {
        Path keyFile = directory.resolve("keys/account-secrets.key");
        String sealed = new SecretCipher(new AccountSettings(keyFile)).seal(Secret.of("Zoë's-p@ss 🎒"));

        Secret opened = new SecretCipher(new AccountSettings(keyFile)).open(sealed);

        assertThat(opened.reveal()).isEqualTo("Zoë's-p@ss 🎒");
        assertThat(sealed).doesNotContain("p@ss");
    }

    @Test
    void theKeyFileIsCreatedReadableOnlyByItsOwner() throws Exception {
        Path keyFile = directory.resolve("account-secrets.key");
        new SecretCipher(new AccountSettings(keyFile));

        assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Base64.getDecoder().decode(Files.readString(keyFile).trim())).hasSize(32);
    }

    @Test
    void sealingTheSameSecretTwiceGivesDifferentCiphertext() {
        SecretCipher cipher = new SecretCipher(new AccountSettings(directory.resolve("k.key")));
        assertThat(cipher.seal(Secret.of("same"))).isNotEqualTo(cipher.seal(Secret.of("same")));
    }

    @Test
    void anAlteredOrForeignCiphertextIsRefusedWithoutShowingAnything() {
        SecretCipher cipher = new SecretCipher(new AccountSettings(directory.resolve("a.key")));
        String sealed = cipher.seal(Secret.of("Blue-Kite-47"));
        byte[] bytes = Base64.getDecoder().decode(sealed);
        bytes[bytes.length - 1] ^= 1;

        assertThatThrownBy(() -> cipher.open(Base64.getEncoder().encodeToString(bytes)))
            .hasMessageContaining("could not be opened").hasMessageNotContaining("Blue-Kite-47");
        SecretCipher other = new SecretCipher(new AccountSettings(directory.resolve("b.key")));
        assertThatThrownBy(() -> other.open(sealed)).hasMessageContaining("wrong key");
    }

    @Test
    void aSecretNeverPrintsItself() {
        Secret secret = Secret.of("Blue-Kite-47");
        assertThat(secret.toString()).isEqualTo("[secret]");
        assertThat(String.valueOf(new AccountDetails("X", "@a", "a", secret))).doesNotContain("Blue-Kite-47");
        assertThatThrownBy(() -> Secret.of(" ")).hasMessageContaining("empty");
    }
}
