package dev.reportflow.web.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed-in browsers, in memory (a restart signs everyone out). A session is a random 256-bit id,
 * the only thing its cookie holds, and its CSRF token, another; it ends at logout, after
 * {@link #IDLE} without a request, or {@link #LIFETIME} after sign-in, whichever comes first.
 */
public final class Sessions {

    static final Duration IDLE = Duration.ofHours(1);
    static final Duration LIFETIME = Duration.ofHours(12);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A browser's sign-in: who, the token its forms must echo, and its times. */
    public record Session(String id, User user, String csrfToken, Instant signedInAt, Instant lastSeen) {
    }

    private final Clock clock;
    private final Map<String, Session> byId = new ConcurrentHashMap<>();

    public Sessions(Clock clock) {
        this.clock = clock;
    }

    /** A new session with ids of its own, never one the browser brought (no session fixation). */
    public Session start(User user) {
        Instant now = clock.instant();
        byId.values().removeIf(session -> expired(session, now));
        Session session = new Session(randomToken(), user, randomToken(), now, now);
        byId.put(session.id(), session);
        return session;
    }

    public Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Session session = byId.computeIfPresent(id, (key, found) -> expired(found, now) ? null
                : new Session(found.id(), found.user(), found.csrfToken(), found.signedInAt(), now));
        return Optional.ofNullable(session);
    }

    public void end(String id) {
        byId.remove(id);
    }

    private static boolean expired(Session session, Instant now) {
        return !now.isBefore(session.lastSeen().plus(IDLE)) || !now.isBefore(session.signedInAt().plus(LIFETIME));
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
