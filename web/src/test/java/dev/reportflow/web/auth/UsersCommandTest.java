package dev.reportflow.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code reportflow users add}: Argon2id hashes in the file, never the password; the file's entries checked. */
class UsersCommandTest {

    private static final String PASSWORD = "a long secret 密码";

    @TempDir
    Path folder;

    private final StringWriter err = new StringWriter();

    @Test
    void writesArgon2idHashesThatAcceptThePasswordAndRefuseAnother() throws Exception {
        Path file = folder.resolve("users.json");

        assertThat(add(PASSWORD, "--file", file.toString(), "--name", "office1", "--role", "office", "--office", "区审计局")).isZero();
        assertThat(add(PASSWORD, "--file", file.toString(), "--name", "alice", "--role", "supervisor", "--departments", "finance,audit"))
                .isZero();

        String text = Files.readString(file);
        assertThat(text).doesNotContain(PASSWORD).contains("$argon2id$v=19$m=16384,t=2,p=1$").contains("区审计局");
        Users users = UsersFile.read(file);
        assertThat(users.find("alice").orElseThrow().user().departments()).isEqualTo(Set.of("finance", "audit"));
        assertThat(users.find("office1").orElseThrow().passwordHash())
                .isNotEqualTo(users.find("alice").orElseThrow().passwordHash()); // salted
        Authenticator authenticator = new Authenticator(users, Clock.systemUTC());
        Authenticator.Result right = authenticator.signIn("office1", PASSWORD);
        assertThat(right.outcome()).isEqualTo(Authenticator.Outcome.SIGNED_IN);
        assertThat(right.user().office()).isEqualTo("区审计局");
        assertThat(authenticator.signIn("office1", PASSWORD + "x").outcome()).isEqualTo(Authenticator.Outcome.WRONG_CREDENTIALS);
    }

    @Test
    void refusesADuplicateNameUnlessReplacingAndShortPasswords() {
        Path file = folder.resolve("users.json");
        assertThat(add(PASSWORD, "--file", file.toString(), "--name", "tom", "--role", "triage")).isZero();

        assertThat(add(PASSWORD, "--file", file.toString(), "--name", "tom", "--role", "auditor")).isEqualTo(2);
        assertThat(err.toString()).contains("--replace");
        assertThat(add(PASSWORD, "--file", file.toString(), "--name", "tom", "--role", "auditor", "--replace")).isZero();
        assertThat(UsersFile.read(file).find("tom").orElseThrow().user().role()).isEqualTo(Role.AUDITOR);
        assertThat(add("short", "--file", file.toString(), "--name", "ann", "--role", "auditor")).isEqualTo(2);
    }

    @Test
    void refusesEntriesThatWouldWidenOrConfuseALogin() {
        Path file = folder.resolve("users.json");

        assertThat(add(PASSWORD, "--file", file.toString(), "--name", "bob", "--role", "supervisor")).isEqualTo(2);
        assertThat(add(PASSWORD, "--file", file.toString(), "--name", "o", "--role", "office")).isEqualTo(2);
        assertThat(add(PASSWORD, "--file", file.toString(), "--name", "o", "--role", "office", "--office", "区审计局\u001b[2J")).isEqualTo(2);
        assertThat(add(PASSWORD, "--file", file.toString(), "--name", "t", "--role", "triage", "--departments", "finance")).isEqualTo(2);
        assertThat(add(PASSWORD, "--file", file.toString(), "--name", "root", "--role", "admin")).isEqualTo(2);
        assertThat(file).doesNotExist();
    }

    @Test
    void aPlaintextPasswordTypedIntoTheFileIsRefused() throws Exception {
        Path file = folder.resolve("users.json");
        Files.writeString(file, "{\"users\": [{\"name\": \"eve\", \"role\": \"auditor\", \"password\": \"" + PASSWORD + "\"}]}");

        assertThatThrownBy(() -> UsersFile.read(file)).hasMessageContaining("eve").hasMessageContaining("not an Argon2id hash");
    }

    private int add(String password, String... args) {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
        try {
            String[] command = new String[args.length + 1];
            command[0] = "add";
            System.arraycopy(args, 0, command, 1, args.length);
            return new CommandLine(new UsersCommand()).setErr(new PrintWriter(err, true)).execute(command);
        } finally {
            System.setIn(stdin);
        }
    }
}
