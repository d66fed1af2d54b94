package io.github.asyncioanswers.learn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Turns a user id into a salted SHA-256 so the log can tell users apart without holding their ids.
 * The salt is random, kept in the data folder so hashes stay the same across restarts.
 */
final class UserHash {

    static final String SALT_FILE = "salt";
    private static final int SALT_BYTES = 32;
    private static final int HASH_BYTES = 16;

    private final byte[] salt;

    private UserHash(byte[] salt) {
        this.salt = salt.clone();
    }

    /** The salt of {@code dataDir}, made on first use. */
    static UserHash in(Path dataDir) throws IOException {
        Path file = dataDir.resolve(SALT_FILE);
        if (!Files.exists(file)) {
            Files.createDirectories(dataDir);
            Files.writeString(file, HexFormat.of().formatHex(randomSalt()), StandardCharsets.US_ASCII);
        }
        return new UserHash(HexFormat.of().parseHex(Files.readString(file, StandardCharsets.US_ASCII).strip()));
    }

    /** A salt that lives only as long as this process, for when nothing is kept on disk. */
    static UserHash ephemeral() {
        return new UserHash(randomSalt());
    }

    String hash(Channel channel, String userId) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update((channel.key() + ":" + userId).getBytes(StandardCharsets.UTF_8));
            byte[] digest = sha.digest();
            return HexFormat.of().formatHex(digest, 0, HASH_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static byte[] randomSalt() {
        byte[] bytes = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
