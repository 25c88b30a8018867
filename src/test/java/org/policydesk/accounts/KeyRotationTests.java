package org.policydesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.crypto.SecretKey;

import org.junit.jupiter.api.Test;
import org.policydesk.ProcessTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

class KeyRotationTests extends ProcessTestSupport {

    @Autowired KeyRotation rotation;
    @Autowired AccountRegister register;
    @Autowired Accounts accounts;
    @Autowired SecretCipher cipher;

    @Test
    void rotationReSealsEverySecretUnderANewKeyFile() throws Exception {
        long instagram = register.record(actor("okowalski"), person("sjones").id(),
            new AccountDetails("Instagram", "@kestonyear5", "kestonyear5", Secret.of("Blue-Kite-47")));
        SecretKey oldKey = cipher.currentKey();
        String oldKeyFile = Files.readString(cipher.keyFile());
        Map<Long, String> sealedBefore = sealed();

        int resealed = rotation.rotate("itadmin");

        assertThat(resealed).isEqualTo(sealedBefore.size()).isGreaterThanOrEqualTo(2);
        assertThat(Files.readString(cipher.keyFile())).isNotEqualTo(oldKeyFile);
        assertThat(sealed()).allSatisfy((id, value) -> assertThat(value).isNotEqualTo(sealedBefore.get(id)));
        assertThat(register.reveal(actor("okowalski"), instagram, "check after key rotation").reveal())
            .isEqualTo("Blue-Kite-47");
        assertThatThrownBy(() -> cipher.open(sealed().get(instagram), oldKey)).hasMessageContaining("wrong key");
        assertThat(Files.exists(next())).isFalse();
        assertThat(audit.entriesBy("itadmin")).extracting("action").contains("account-key-rotated");
    }

    @Test
    void aRotationCutShortAfterItsDatabaseChangesIsFinishedAtTheNextStart() throws Exception {
        long account = register.record(actor("okowalski"), person("sjones").id(),
            new AccountDetails("X", "@kestonsport", "kestonsport", Secret.of("Green-Lamp-12")));
        SecretKey newKey = SecretCipher.generate();
        SecretCipher.write(next(), newKey);
        accounts.allSealed().forEach(secret -> accounts.reseal(secret.id(),
            cipher.seal(cipher.open(secret.secretSealed()), newKey)));

        rotation.finishInterruptedRotation();

        assertThat(Files.exists(next())).isFalse();
        assertThat(SecretCipher.read(cipher.keyFile()).getEncoded()).isEqualTo(newKey.getEncoded());
        assertThat(register.reveal(actor("hellis"), account, "check").reveal()).isEqualTo("Green-Lamp-12");
    }

    @Test
    void aRotationCutShortBeforeItsDatabaseChangesIsDiscarded() throws Exception {
        long account = register.record(actor("okowalski"), person("sjones").id(),
            new AccountDetails("X", "@kestonsport", "kestonsport", Secret.of("Green-Lamp-12")));
        byte[] keyBefore = cipher.currentKey().getEncoded();
        SecretCipher.write(next(), SecretCipher.generate());

        rotation.finishInterruptedRotation();

        assertThat(Files.exists(next())).isFalse();
        assertThat(cipher.currentKey().getEncoded()).isEqualTo(keyBefore);
        assertThat(register.reveal(actor("hellis"), account, "check").reveal()).isEqualTo("Green-Lamp-12");
    }

    private Map<Long, String> sealed() {
        List<Accounts.SealedSecret> all = accounts.allSealed();
        return all.stream().collect(Collectors.toMap(Accounts.SealedSecret::id, Accounts.SealedSecret::secretSealed));
    }

    private Path next() {
        return cipher.keyFile().resolveSibling(cipher.keyFile().getFileName() + ".next");
    }
}
