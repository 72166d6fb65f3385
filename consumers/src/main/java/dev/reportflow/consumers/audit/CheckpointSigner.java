package dev.reportflow.consumers.audit;

import dev.reportflow.schemas.ChainCheckpoint;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 over a checkpoint's fields. Without the key nobody can forge a checkpoint that
 * matches a rewritten log, even with write access to audit.checkpoints.
 */
public final class CheckpointSigner {

    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    public CheckpointSigner(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("The audit HMAC key must be at least 16 bytes long");
        }
        this.key = new SecretKeySpec(key, HMAC);
    }

    public String sign(ChainCheckpoint checkpoint) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(canonical(checkpoint).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    public boolean verifies(ChainCheckpoint checkpoint) {
        String signature = checkpoint.getSignature();
        return signature != null && MessageDigest.isEqual(signature.getBytes(StandardCharsets.US_ASCII),
                sign(checkpoint).getBytes(StandardCharsets.US_ASCII));
    }

    private static String canonical(ChainCheckpoint c) {
        return String.join("\n", c.getTopic(), String.valueOf(c.getPartition()), String.valueOf(c.getOffset()),
                String.valueOf(c.getRecordCount()), c.getChainHash(), c.getAlgorithm(),
                String.valueOf(c.getCreatedAt().toEpochMilli()));
    }
}
