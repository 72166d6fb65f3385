package dev.reportflow.consumers.replay;

import dev.reportflow.schemas.FirstSubmission;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Replay's stand-in for the streams app's dedupe store: the texts it routed so far, by content hash,
 * each remembered from the time of its first routed copy for the dedupe TTL; and which submissions it
 * decided at all, so that a recorded first copy it did not decide can stand in.
 */
final class RoutedTexts {

    private record First(FirstSubmission submission, long timestamp) {
    }

    private final long ttlMillis;
    private final Map<String, First> byHash = new HashMap<>();
    private final Set<String> decided = new HashSet<>();

    RoutedTexts(Duration ttl) {
        this.ttlMillis = ttl.toMillis();
    }

    /** The first routed copy of the text, if it was routed within the TTL before {@code timestamp}. */
    Optional<FirstSubmission> firstOf(String contentHash, long timestamp) {
        First first = byHash.get(contentHash);
        return first != null && first.timestamp() <= timestamp && timestamp - first.timestamp() <= ttlMillis
                ? Optional.of(first.submission()) : Optional.empty();
    }

    /**
     * Records that replay decided {@code submission}; {@code routedHash} is its text's content hash
     * when it was routed (classified), else null.
     */
    void decided(String submissionId, String routedHash, FirstSubmission submission, long timestamp) {
        decided.add(submissionId);
        if (routedHash != null) {
            byHash.putIfAbsent(routedHash, new First(submission, timestamp));
        }
    }

    boolean decided(String submissionId) {
        return decided.contains(submissionId);
    }
}
