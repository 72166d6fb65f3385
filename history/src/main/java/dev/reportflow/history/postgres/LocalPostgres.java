package dev.reportflow.history.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the demo, the tests and the bench, started from the machine's
 * PostgreSQL binaries (Debian's {@code postgresql} package: /usr/lib/postgresql/N/bin, or the
 * directory in REPORTFLOW_POSTGRES_BIN) in a fresh data directory, on loopback only, on a free port.
 *
 * <p>PostgreSQL refuses to run as root. When this process is root (CI, containers), the server's
 * programs run as the {@code postgres} user the package created, through {@code runuser}, and the
 * data directory is handed to that user. The server trusts connections from 127.0.0.1 (it listens
 * nowhere else); a real deployment uses its own server with passwords.
 */
public final class LocalPostgres implements AutoCloseable {

    public static final String USER = "reportflow";
    public static final String DATABASE = "reportflow";
    private static final String SERVICE_ACCOUNT = "postgres";

    private final Path binaries;
    private final Path dataDirectory;
    private final int port;
    private final Map<String, String> serverSettings;
    private final boolean asServiceAccount;

    private LocalPostgres(Path binaries, Path dataDirectory, int port, Map<String, String> serverSettings) {
        this.binaries = binaries;
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.serverSettings = Map.copyOf(serverSettings);
        this.asServiceAccount = "root".equals(System.getProperty("user.name"));
    }

    /** Where PostgreSQL's programs are, if this machine has them. */
    public static Optional<Path> binaries() {
        String configured = System.getenv("REPORTFLOW_POSTGRES_BIN");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(debian)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.comparingInt(LocalPostgres::majorVersion));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Creates a data directory, starts the server on a free port and creates the database.
     *
     * @param serverSettings extra {@code -c name=value} settings (tests turn fsync off; the bench sizes memory)
     */
    public static LocalPostgres start(Map<String, String> serverSettings) {
        Path bin = binaries().orElseThrow(() -> new IllegalStateException(
                "No PostgreSQL binaries: install Debian's postgresql package (apt-get install postgresql) "
                        + "or set REPORTFLOW_POSTGRES_BIN to the directory holding initdb and pg_ctl"));
        try {
            Path data = Files.createTempDirectory("reportflow-postgres-");
            LocalPostgres postgres = new LocalPostgres(bin, data, freePort(), serverSettings);
            postgres.initialise();
            postgres.startServer();
            postgres.createDatabase(DATABASE);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** The server's data directory (postmaster.pid in it names the server's process). */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Stops the server: {@code immediate} as a crash would (no checkpoint, recovery at the next start). */
    public void stop(boolean immediate) {
        run(List.of(program("pg_ctl"), "-D", dataDirectory.toString(), "-m", immediate ? "immediate" : "fast", "-w",
                "stop"));
    }

    /** Starts the server again on the same data directory and port. */
    public void startServer() {
        StringBuilder options = new StringBuilder("-c listen_addresses=127.0.0.1 -p " + port + " -k " + dataDirectory);
        serverSettings.forEach((name, value) -> options.append(" -c ").append(name).append('=').append(value));
        run(List.of(program("pg_ctl"), "-D", dataDirectory.toString(), "-l", dataDirectory.resolve("server.log").toString(),
                "-o", options.toString(), "-w", "-t", "60", "start"));
    }

    @Override
    public void close() {
        try {
            stop(false);
        } finally {
            deleteQuietly();
        }
    }

    private void initialise() throws IOException {
        if (asServiceAccount) {
            UserPrincipal owner = dataDirectory.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(SERVICE_ACCOUNT);
            Files.setOwner(dataDirectory, owner);
        }
        run(List.of(program("initdb"), "-D", dataDirectory.toString(), "-U", USER, "--auth=trust", "-E", "UTF8",
                "--locale=C.UTF-8", "--no-sync"));
    }

    /** Creates another database on this server (tests keep apart by using one each); its name is a plain identifier. */
    public String createDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), USER, "");
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
            return jdbcUrl(name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database: " + e.getMessage(), e);
        }
    }

    private String program(String name) {
        return binaries.resolve(name).toString();
    }

    private void run(List<String> command) {
        List<String> full = new ArrayList<>();
        if (asServiceAccount) {
            full.addAll(List.of("runuser", "-u", SERVICE_ACCOUNT, "--"));
        }
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command.get(0), e);
        }
    }

    private void deleteQuietly() {
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
