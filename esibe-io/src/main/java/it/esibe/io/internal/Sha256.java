package it.esibe.io.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apiguardian.api.API;

/** SHA-256 digests as lower-case hex, the form of {@code inputSha256}. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Sha256 {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Sha256() {
    }

    /** A fresh SHA-256 digest; every Java platform must provide one. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the Java platform lacks SHA-256", e);
        }
    }

    /** The SHA-256 of {@code bytes} in lower-case hex. */
    public static String hex(byte[] bytes) {
        return toHex(digest().digest(bytes));
    }

    /** The SHA-256 of the first {@code length} of {@code bytes}. */
    public static String hex(byte[] bytes, int length) {
        MessageDigest d = digest();
        d.update(bytes, 0, length);
        return toHex(d.digest());
    }

    /** {@code hash} (a finished digest) in lower-case hex. */
    public static String toHex(byte[] hash) {
        char[] out = new char[hash.length * 2];
        for (int i = 0; i < hash.length; i++) {
            out[2 * i] = HEX[(hash[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[hash[i] & 0xF];
        }
        return new String(out);
    }
}
