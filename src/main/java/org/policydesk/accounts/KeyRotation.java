package org.policydesk.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import javax.crypto.SecretKey;

import org.policydesk.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replaces the key that seals account secrets and re-seals every secret with it. The new key is
 * written beside the old one ({@code <key file>.next}) before the database changes and moved into
 * place after they commit; a rotation cut short by a crash is finished, or undone, at the next start.
 */
@Service
public class KeyRotation {

    private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

    private final Accounts accounts;
    private final SecretCipher cipher;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    KeyRotation(Accounts accounts, SecretCipher cipher, AuditTrail audit, TransactionTemplate transactions) {
        this.accounts = accounts;
        this.cipher = cipher;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** Returns how many secrets were re-sealed. */
    public int rotate(String requestedBy) {
        finishInterruptedRotation();
        SecretKey oldKey = cipher.currentKey();
        SecretKey newKey = SecretCipher.generate();
        Path next = nextKeyFile();
        SecretCipher.write(next, newKey);
        Integer count = transactions.execute(status -> {
            List<Accounts.SealedSecret> sealed = accounts.allSealed();
            for (Accounts.SealedSecret secret : sealed) {
                accounts.reseal(secret.id(), cipher.seal(cipher.open(secret.secretSealed(), oldKey), newKey));
            }
            sealed.stream().map(Accounts.SealedSecret::schoolId).distinct().forEach(school ->
                audit.record(school, requestedBy, "account-key-rotated", "account-key", school,
                    "Every account secret re-sealed under a new key", null));
            return sealed.size();
        });
        promote(next, newKey);
        return count == null ? 0 : count;
    }

    /**
     * A crash between the commit and the move leaves {@code .next} behind: if the secrets open with
     * it, the rotation committed and the new key takes its place; otherwise it never committed.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void finishInterruptedRotation() {
        Path next = nextKeyFile();
        if (!Files.exists(next)) {
            return;
        }
        SecretKey candidate = SecretCipher.read(next);
        List<Accounts.SealedSecret> sealed = accounts.allSealed();
        if (!sealed.isEmpty() && opensWith(sealed.get(0).secretSealed(), candidate)) {
            promote(next, candidate);
            log.warn("Finished an account key rotation that was interrupted after its database changes.");
        } else {
            delete(next);
            log.warn("Discarded an account key rotation that was interrupted before its database changes.");
        }
    }

    private boolean opensWith(String sealed, SecretKey key) {
        try {
            cipher.open(sealed, key);
            return true;
        } catch (IllegalStateException wrongKey) {
            return false;
        }
    }

    private void promote(Path next, SecretKey key) {
        try {
            Files.move(next, cipher.keyFile(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("The secrets are re-sealed but the new key could not replace "
                + cipher.keyFile() + "; it is in " + next + " and will be moved at the next start.", e);
        }
        cipher.useKey(key);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + file, e);
        }
    }

    private Path nextKeyFile() {
        return cipher.keyFile().resolveSibling(cipher.keyFile().getFileName() + ".next");
    }
}
