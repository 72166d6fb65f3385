package dev.reportflow.web.auth;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id (spring-security-crypto over BouncyCastle) with Spring Security 5.8's parameters:
 * 16-byte random salt, 32-byte hash, 16 MiB of memory, 2 iterations, 1 lane; each hash carries its
 * parameters, so raising them later keeps older hashes working. A check costs 16 MiB and tens of
 * milliseconds, so only a few run at once: a flood of wrong passwords queues instead of exhausting
 * the heap.
 */
public final class PasswordHashing {

    private static final String PREFIX = "$argon2id$";
    private static final Argon2PasswordEncoder ENCODER = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    private static final Semaphore RUNNING = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()));
    /** Checked against when the name is unknown, so that an unknown name costs as long as a wrong password. */
    private static final String UNKNOWN_USER_HASH = ENCODER.encode("reportflow: no such user");

    private PasswordHashing() {
    }

    public static String hash(String password) {
        return bounded(() -> ENCODER.encode(password));
    }

    public static boolean matches(String password, String hash) {
        return bounded(() -> ENCODER.matches(password, hash));
    }

    /** Spends the time of a check without any account, for a name that has none. */
    static void matchesNothing(String password) {
        matches(password, UNKNOWN_USER_HASH);
    }

    static boolean isHash(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    private static <T> T bounded(Supplier<T> work) {
        RUNNING.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            RUNNING.release();
        }
    }
}
