package dev.reportflow.web;

import dev.reportflow.web.auth.Account;
import dev.reportflow.web.auth.LoginSettings;
import dev.reportflow.web.auth.PasswordHashing;
import dev.reportflow.web.auth.Role;
import dev.reportflow.web.auth.User;
import dev.reportflow.web.auth.Users;
import java.util.List;
import java.util.Set;

/** The logins every test server accepts, one per role, all with {@link #PASSWORD}; hashed once per JVM. */
public final class TestUsers {

    public static final String PASSWORD = "test-password-1";
    /** Submits as 区审计局. */
    public static final String OFFICE = "office1";
    public static final String OFFICE_NAME = "区审计局";
    /** Supervises finance only. */
    public static final String FINANCE_SUPERVISOR = "finance-supervisor";
    /** Supervises finance and audit, the departments of the page's test. */
    public static final String SUPERVISOR = "supervisor";
    public static final String TRIAGE = "triage";
    public static final String AUDITOR = "auditor";
    /** Reads /metrics and nothing else, as Prometheus does. */
    public static final String MONITOR = "monitor";
    /** An office kept for the lockout test, so that locking it out disturbs no other test. */
    public static final String LOCKOUT = "lockout-office";

    private static Users users;

    private TestUsers() {
    }

    public static synchronized Users users() {
        if (users == null) {
            String hash = PasswordHashing.hash(PASSWORD);
            users = new Users(List.of(
                    new Account(new User(OFFICE, Role.OFFICE, OFFICE_NAME, Set.of()), hash),
                    new Account(new User(FINANCE_SUPERVISOR, Role.SUPERVISOR, null, Set.of("finance")), hash),
                    new Account(new User(SUPERVISOR, Role.SUPERVISOR, null, Set.of("finance", "audit")), hash),
                    new Account(new User(TRIAGE, Role.TRIAGE, null, Set.of()), hash),
                    new Account(new User(AUDITOR, Role.AUDITOR, null, Set.of()), hash),
                    new Account(new User(MONITOR, Role.MONITOR, null, Set.of()), hash),
                    new Account(new User(LOCKOUT, Role.OFFICE, OFFICE_NAME, Set.of()), hash)));
        }
        return users;
    }

    public static LoginSettings logins() {
        return new LoginSettings(users(), false, false);
    }
}
