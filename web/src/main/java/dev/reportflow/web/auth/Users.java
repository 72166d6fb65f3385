package dev.reportflow.web.auth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The logins serve accepts, by name. None means nobody can sign in: every page but /health answers 401. */
public final class Users {

    public static final Users NONE = new Users(List.of());

    private final Map<String, Account> byName = new LinkedHashMap<>();

    public Users(List<Account> accounts) {
        for (Account account : accounts) {
            if (byName.putIfAbsent(account.user().name(), account) != null) {
                throw new IllegalArgumentException("The user '" + account.user().name() + "' is listed twice");
            }
        }
    }

    public Optional<Account> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<Account> accounts() {
        return List.copyOf(byName.values());
    }

    public boolean isEmpty() {
        return byName.isEmpty();
    }
}
