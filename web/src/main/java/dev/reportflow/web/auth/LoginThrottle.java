package dev.reportflow.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing per user: after {@value #MAX_FAILURES} wrong passwords in a row a login
 * is locked for {@link #LOCK} (every attempt refused, the right password too), then gets another
 * {@value #MAX_FAILURES} tries. A right password resets the count. Only names of the users file are
 * counted, so guessing names fills no memory.
 */
final class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(5);

    private record Failures(int count, Instant lockedUntil) {
    }

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean isLocked(String name) {
        Failures current = failures.get(name);
        return current != null && current.lockedUntil() != null && clock.instant().isBefore(current.lockedUntil());
    }

    void failed(String name) {
        failures.compute(name, (key, current) -> {
            int count = current == null || current.lockedUntil() != null ? 1 : current.count() + 1;
            return new Failures(count, count >= MAX_FAILURES ? clock.instant().plus(LOCK) : null);
        });
    }

    void succeeded(String name) {
        failures.remove(name);
    }
}
