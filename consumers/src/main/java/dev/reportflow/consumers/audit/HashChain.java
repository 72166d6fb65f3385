package dev.reportflow.consumers.audit;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain over a log partition: each record's link is SHA-256 of the previous link, the
 * record's partition, offset and timestamp, and its key and value. Lengths precede the key and
 * value so that no two different records hash the same input ({@code -1} marks null). The topic
 * name is left out on purpose: a verified copy of a log must chain like the original.
 */
public final class HashChain {

    public static final String ALGORITHM = "SHA-256";
    /** The link before the first record: 32 zero bytes. */
    public static final String GENESIS = HexFormat.of().formatHex(new byte[32]);

    private HashChain() {
    }

    public static byte[] link(byte[] previous, int partition, long offset, long timestamp, byte[] key, byte[] value) {
        MessageDigest sha = sha256();
        sha.update(previous);
        sha.update(ByteBuffer.allocate(Integer.BYTES + 2 * Long.BYTES).putInt(partition).putLong(offset).putLong(timestamp).array());
        update(sha, key);
        update(sha, value);
        return sha.digest();
    }

    private static void update(MessageDigest sha, byte[] bytes) {
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes == null ? -1 : bytes.length).array());
        if (bytes != null) {
            sha.update(bytes);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance(ALGORITHM);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
