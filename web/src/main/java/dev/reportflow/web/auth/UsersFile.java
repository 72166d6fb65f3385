package dev.reportflow.web.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.reportflow.schemas.OfficeName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * serve's users file, JSON (UTF-8), written by {@code reportflow users add} and readable by hand:
 * <pre>
 * {"users": [
 *   {"name": "office1", "role": "office", "office": "区审计局", "password": "$argon2id$v=19$m=16384,t=2,p=1$…"},
 *   {"name": "alice", "role": "supervisor", "departments": ["finance", "audit"], "password": "$argon2id$…"},
 *   {"name": "tom", "role": "triage", "password": "$argon2id$…"},
 *   {"name": "carol", "role": "auditor", "password": "$argon2id$…"}
 * ]}
 * </pre>
 * Every entry is checked on reading, and an unknown field is an error (a typo must not silently
 * drop a restriction); a password that is not an Argon2id hash is refused, so that a plaintext
 * password typed into the file cannot work.
 */
public final class UsersFile {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
    private static final Pattern DEPARTMENT = Pattern.compile("[a-z0-9_]{1,64}");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private UsersFile() {
    }

    /** One entry of the file, as written. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Entry(String name, String role, String office, List<String> departments, String password) {
    }

    record Content(List<Entry> users) {
    }

    public static Users read(Path file) {
        Content content;
        try {
            content = JSON.readValue(file.toFile(), Content.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the users file " + file + ": " + e.getMessage(), e);
        }
        List<Account> accounts = new ArrayList<>();
        for (Entry entry : content.users() == null ? List.<Entry>of() : content.users()) {
            try {
                accounts.add(account(entry));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("The users file " + file + ": " + e.getMessage(), e);
            }
        }
        return new Users(accounts);
    }

    /** Writes through a temporary file and a rename, so that a crash never leaves half a file; readable by its owner only where the file system allows. */
    public static void write(Path file, Users users) {
        List<Entry> entries = users.accounts().stream().map(UsersFile::entry).toList();
        Path absolute = file.toAbsolutePath();
        try {
            Path temporary = Files.createTempFile(absolute.getParent(), ".users-", ".json");
            try {
                ownerOnly(temporary);
                JSON.writeValue(temporary.toFile(), new Content(entries));
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the users file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Checks what a users file may hold; the message says what is wrong. */
    public static User user(String name, Role role, String office, List<String> departments) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a user name: letters, digits and . _ @ -, at most 64");
        }
        List<String> codes = departments == null ? List.of() : departments;
        switch (role) {
            case OFFICE -> {
                if (office == null || office.isBlank()) {
                    throw new IllegalArgumentException(name + ": an office login needs the office it submits as (--office 区审计局)");
                }
                OfficeName.problem(office, Integer.MAX_VALUE).ifPresent(problem -> {
                    throw new IllegalArgumentException(name + ": " + problem.message());
                });
            }
            case SUPERVISOR -> {
                if (codes.isEmpty()) {
                    throw new IllegalArgumentException(name + ": a supervisor needs its departments (--departments finance,audit)");
                }
            }
            case TRIAGE, AUDITOR, MONITOR -> { }
        }
        if (role != Role.OFFICE && office != null) {
            throw new IllegalArgumentException(name + ": only an office login has an office");
        }
        if (role != Role.SUPERVISOR && !codes.isEmpty()) {
            throw new IllegalArgumentException(name + ": only a supervisor has departments (triage and auditors see every one)");
        }
        for (String code : codes) {
            if (!DEPARTMENT.matcher(code).matches()) {
                throw new IllegalArgumentException(name + ": '" + code + "' is not a department code such as finance");
            }
        }
        return new User(name, role, role == Role.OFFICE ? office.strip() : null, Set.copyOf(codes));
    }

    private static Account account(Entry entry) {
        if (entry.role() == null) {
            throw new IllegalArgumentException(entry.name() + ": no role");
        }
        User user = user(entry.name(), Role.of(entry.role()), entry.office(), entry.departments());
        if (!PasswordHashing.isHash(entry.password())) {
            throw new IllegalArgumentException(entry.name() + ": the password is not an Argon2id hash;"
                    + " set it with reportflow users add --replace");
        }
        return new Account(user, entry.password());
    }

    private static Entry entry(Account account) {
        User user = account.user();
        return new Entry(user.name(), user.role().id(), user.office(), user.departments().stream().sorted().toList(),
                account.passwordHash());
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file keeps its folder's permissions.
        }
    }
}
