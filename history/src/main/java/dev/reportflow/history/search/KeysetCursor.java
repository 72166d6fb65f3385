package dev.reportflow.history.search;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page ended: the last hit's receive time and delivery id (the order of the results). The
 * next page starts strictly after it, so that pages never repeat or skip a section however many
 * arrive meanwhile, and a page costs the same at page 1 and page 10,000 (no OFFSET).
 */
public record KeysetCursor(Instant receivedAt, String deliveryId) {

    public String encode() {
        String plain = receivedAt.toEpochMilli() + "~" + deliveryId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the text is no cursor this class wrote */
    public static KeysetCursor decode(String encoded) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            int tilde = plain.indexOf('~');
            return new KeysetCursor(Instant.ofEpochMilli(Long.parseLong(plain.substring(0, tilde))),
                    plain.substring(tilde + 1));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not a search cursor: " + encoded);
        }
    }
}
