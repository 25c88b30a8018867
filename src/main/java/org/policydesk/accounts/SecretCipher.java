package org.policydesk.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Seals account secrets with AES-256-GCM. The key is read from (or, on first start, generated
 * into) a file readable only by the application's user, never from the database.
 */
@Component
class SecretCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Path keyFile;
    private volatile SecretKey key;
    private final SecureRandom random = new SecureRandom();

    SecretCipher(AccountSettings settings) {
        this.keyFile = settings.keyFile();
        this.key = loadOrCreate(keyFile);
    }

    Path keyFile() {
        return keyFile;
    }

    SecretKey currentKey() {
        return key;
    }

    /** After a key rotation has re-sealed every secret and the new key file is in place. */
    void useKey(SecretKey newKey) {
        this.key = newKey;
    }

    String seal(Secret secret) {
        return seal(secret, key);
    }

    Secret open(String sealed) {
        return open(sealed, key);
    }

    String seal(Secret secret, SecretKey key) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret.reveal().getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal an account secret: " + e.getClass().getSimpleName());
        }
    }

    Secret open(String sealed, SecretKey key) {
        try {
            byte[] in = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
            return Secret.of(new String(plain, StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("An account secret could not be opened with the current key file "
                + "(wrong key, or the stored value was altered).");
        }
    }

    private static SecretKey loadOrCreate(Path file) {
        if (Files.exists(file)) {
            return read(file);
        }
        SecretKey created = generate();
        write(file, created);
        return created;
    }

    static SecretKey read(Path file) {
        try {
            byte[] raw = Base64.getDecoder().decode(Files.readString(file).trim());
            return new SecretKeySpec(raw, "AES");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the account key file " + file, e);
        }
    }

    static SecretKey generate() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot generate AES keys", e);
        }
    }

    /** Writes a key readable only by the application's user, atomically (no half-written key file). */
    static void write(Path file, SecretKey key) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, "key", ".tmp");
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(temporary, Base64.getEncoder().encodeToString(key.getEncoded()));
            Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the account key file " + file, e);
        }
    }
}
