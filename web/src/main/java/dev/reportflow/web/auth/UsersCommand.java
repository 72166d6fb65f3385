package dev.reportflow.web.auth;

import dev.reportflow.cli.ExitCodes;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reportflow users add}: the logins of {@code reportflow serve}. */
@Command(name = "users", mixinStandardHelpOptions = true, description = "Manage the users file of reportflow serve.",
        subcommands = UsersCommand.Add.class)
public final class UsersCommand {

    /** The environment variable a script passes the password in; otherwise it is read from standard input. */
    public static final String PASSWORD_VARIABLE = "REPORTFLOW_PASSWORD";
    static final int MIN_PASSWORD_CHARS = 10;

    /** {@code users add}: one login, its password hashed with Argon2id, never taken from the command line. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add a login to a users file (created if missing). The password comes from $" + PASSWORD_VARIABLE
                    + ", or is asked for (or read as the first line of standard input), never from the command line,",
                    "where other users of the machine could see it."})
    static final class Add implements Callable<Integer> {

        @Option(names = "--file", required = true, paramLabel = "FILE", description = "The users file, e.g. users.json.")
        Path file;

        @Option(names = "--name", required = true, description = "The login's name: letters, digits and . _ @ -.")
        String name;

        @Option(names = "--role", required = true, description = "office, supervisor, triage, auditor or monitor (metrics only).")
        String role;

        @Option(names = "--office", description = "The office an office login submits as, e.g. 区审计局.")
        String office;

        @Option(names = "--departments", split = ",", description = "The departments a supervisor reads, e.g. finance,audit.")
        List<String> departments;

        @Option(names = "--replace", description = "Replace a login of the same name (a new password, role or departments).")
        boolean replace;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            User user;
            try {
                user = UsersFile.user(name, Role.of(role), office, departments);
            } catch (IllegalArgumentException e) {
                return fail(e.getMessage());
            }
            Users existing = Files.exists(file) ? UsersFile.read(file) : Users.NONE;
            if (existing.find(name).isPresent() && !replace) {
                return fail("'" + name + "' is already in " + file + "; --replace to change it");
            }
            String password = password();
            if (password == null || password.length() < MIN_PASSWORD_CHARS) {
                return fail("the password needs at least " + MIN_PASSWORD_CHARS + " characters");
            }
            List<Account> accounts = new ArrayList<>(existing.accounts());
            accounts.removeIf(account -> account.user().name().equals(name));
            accounts.add(new Account(user, PasswordHashing.hash(password)));
            UsersFile.write(file, new Users(accounts));
            spec.commandLine().getOut().println("reportflow users: " + name + " (" + user.role().id() + ") written to " + file);
            return 0;
        }

        private String password() throws IOException {
            String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
            if (fromEnvironment != null) {
                return fromEnvironment;
            }
            Console console = System.console();
            if (console != null) {
                char[] first = console.readPassword("Password for %s: ", name);
                char[] again = console.readPassword("Again: ");
                return first != null && Arrays.equals(first, again) ? new String(first) : null;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            return reader.readLine();
        }

        private int fail(String message) {
            spec.commandLine().getErr().println("reportflow users add: " + message);
            return ExitCodes.USAGE;
        }
    }
}
