package dev.reportflow.classifier.text;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The identity of a text for deduplication: the same report in UTF-8 or GBK hashes the same. */
public final class ContentHash {

    private ContentHash() {
    }

    /** 'sha256:' + hex digest of the decoded, normalised text's UTF-8 bytes. */
    public static String of(String decodedText) {
        return ofUtf8(decodedText.getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #of} for a text given as its UTF-8 bytes (see {@link DecodedText#contentHash()}). */
    static String ofUtf8(byte[] utf8) {
        return ofBytes(ByteBuffer.wrap(utf8));
    }

    /** 'sha256:' + hex digest of raw bytes as they are (a record's value, a file before decoding). */
    public static String ofBytes(ByteBuffer bytes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes.duplicate());
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
