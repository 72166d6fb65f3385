package dev.reportflow.consumers.replay;

import dev.reportflow.schemas.FirstSubmission;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Replay's stand-in for the streams app's dedupe store: the texts it routed so far, by content hash,
 * each remembered from the time of its first routed copy for the dedupe TTL.
 */
final class RoutedTexts {

    private record First(FirstSubmission submission, long timestamp) {
    }

    private final long ttlMillis;
    private final Map<String, First> byHash = new HashMap<>();

    RoutedTexts(Duration ttl) {
        this.ttlMillis = ttl.toMillis();
    }

    /** The first routed copy of the text, if it was routed within the TTL before {@code timestamp}. */
    Optional<FirstSubmission> firstOf(String contentHash, long timestamp) {
        First first = byHash.get(contentHash);
        return first != null && first.timestamp() <= timestamp && timestamp - first.timestamp() <= ttlMillis
                ? Optional.of(first.submission()) : Optional.empty();
    }

    void remember(String contentHash, FirstSubmission first, long timestamp) {
        byHash.putIfAbsent(contentHash, new First(first, timestamp));
    }
}
