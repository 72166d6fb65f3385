package dev.reportflow.web.auth;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Checks a name and password against the users file, with {@link LoginThrottle}'s limit on wrong guesses. */
public final class Authenticator {

    /** What a sign-in attempt came to; {@code user} only when {@code SIGNED_IN}. */
    public record Result(Outcome outcome, User user) {
    }

    public enum Outcome { SIGNED_IN, WRONG_CREDENTIALS, LOCKED }

    private static final Logger LOG = LoggerFactory.getLogger(Authenticator.class);

    private final Users users;
    private final LoginThrottle throttle;

    public Authenticator(Users users, Clock clock) {
        this.users = users;
        this.throttle = new LoginThrottle(clock);
    }

    public Result signIn(String name, String password) {
        if (name == null || password == null) {
            return new Result(Outcome.WRONG_CREDENTIALS, null);
        }
        Optional<Account> account = users.find(name);
        if (account.isEmpty()) {
            PasswordHashing.matchesNothing(password);
            return new Result(Outcome.WRONG_CREDENTIALS, null);
        }
        if (throttle.isLocked(name)) {
            LOG.warn("Sign-in of {} refused: locked after {} wrong passwords", name, LoginThrottle.MAX_FAILURES);
            return new Result(Outcome.LOCKED, null);
        }
        if (!PasswordHashing.matches(password, account.get().passwordHash())) {
            throttle.failed(name);
            LOG.info("Wrong password for {}", name);
            return new Result(Outcome.WRONG_CREDENTIALS, null);
        }
        throttle.succeeded(name);
        return new Result(Outcome.SIGNED_IN, account.get().user());
    }
}
