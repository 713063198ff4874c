package nl.gezinsplan.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts two-factor secrets (AES-256-GCM) with a key kept in a file outside the database
 * ({@code gezinsplan.security.mfa.key-file}, made on first use, readable by its owner only), so that a database dump
 * or backup alone does not give the secrets away. Without a file name the key lives in memory only (tests): secrets
 * then do not survive a restart.
 */
@Component
class TwoFactorKey {

    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final String keyFile;
    private final SecureRandom random = new SecureRandom();
    private SecretKeySpec key;

    TwoFactorKey(@Value("${gezinsplan.security.mfa.key-file:}") String keyFile) {
        this.keyFile = keyFile;
    }

    String encrypt(String secret) {
        byte[] iv = randomBytes(IV_BYTES);
        byte[] encrypted = run(Cipher.ENCRYPT_MODE, iv, secret.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + encrypted.length)
                .put(iv).put(encrypted).array());
    }

    String decrypt(String stored) {
        byte[] bytes = Base64.getDecoder().decode(stored);
        byte[] iv = Arrays.copyOfRange(bytes, 0, IV_BYTES);
        byte[] encrypted = Arrays.copyOfRange(bytes, IV_BYTES, bytes.length);
        return new String(run(Cipher.DECRYPT_MODE, iv, encrypted), StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, byte[] iv, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key(), new GCMParameterSpec(TAG_BITS, iv));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("A two-factor secret cannot be " + (mode == Cipher.ENCRYPT_MODE
                    ? "encrypted" : "decrypted: was " + keyFile + " replaced? Reset that user's two-factor"), failure);
        }
    }

    private synchronized SecretKeySpec key() {
        if (key == null) {
            key = new SecretKeySpec(keyFile.isBlank() ? randomBytes(KEY_BYTES) : readOrCreate(Path.of(keyFile)), "AES");
        }
        return key;
    }

    private byte[] readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                Path folder = Files.createDirectories(file.toAbsolutePath().getParent());
                // written whole under another name (owner only), then linked: nodes of a cluster sharing the file
                // that make it at the same moment all read the one that was linked first
                Path made = Files.createTempFile(folder, ".two-factor", ".key");
                try {
                    Files.writeString(made, Base64.getEncoder().encodeToString(randomBytes(KEY_BYTES)) + "\n");
                    Files.createLink(file, made);
                } catch (FileAlreadyExistsException anotherWasFirst) {
                    // read theirs
                } finally {
                    Files.delete(made);
                }
            }
            byte[] read = decoded(Files.readString(file).strip());
            if (read.length != KEY_BYTES) {
                throw new IllegalStateException(file + " does not hold a two-factor key (32 bytes in Base64)");
            }
            return read;
        } catch (IOException failure) {
            throw new UncheckedIOException("The two-factor key file " + file + " cannot be read or made", failure);
        }
    }

    private static byte[] decoded(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            return new byte[0];
        }
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
