package dev.reportflow.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options every command that talks to Kafka shares (a picocli mixin), under the names Kafka's
 * own tools use: where the cluster is, an optional properties file, and single-property overrides.
 * reportflow's earlier names ({@code --bootstrap-servers}, {@code --config}, {@code -D}) stay as aliases.
 */
public final class ConnectionOptions {

    @Option(names = "--bootstrap-server", paramLabel = "HOST:PORT[,...]",
            description = "Kafka cluster to use (overrides bootstrap.servers; also --bootstrap-servers).")
    String bootstrapServers;

    @Option(names = "--command-config", paramLabel = "FILE",
            description = "A properties file (Kafka's and reportflow.* properties) layered over the bundled defaults (also --config).")
    Path configFile;

    /** Filled by --command-property and its aliases alike, in the order given. */
    final Map<String, String> properties = new LinkedHashMap<>();

    @Option(names = "--command-property", paramLabel = "KEY=VALUE",
            description = "Set one property (repeatable; also -D). An unknown or invalid reportflow property is refused: see docs/configuration.md.")
    void property(Map<String, String> property) {
        properties.putAll(property);
    }

    // reportflow's earlier names, kept working for existing scripts but left out of the help.

    @Option(names = "--bootstrap-servers", hidden = true)
    void bootstrapServersAlias(String servers) {
        bootstrapServers = servers;
    }

    @Option(names = "--config", hidden = true)
    void configFileAlias(Path file) {
        configFile = file;
    }

    @Option(names = {"-D", "--property"}, hidden = true)
    void propertyAlias(Map<String, String> property) {
        properties.putAll(property);
    }

    /** The app's configuration: bundled file, --command-config, REPORTFLOW_* environment, then flags. */
    public AppConfig load(String bundledResource) {
        Map<String, String> flags = new LinkedHashMap<>(properties);
        if (bootstrapServers != null) {
            flags.put("bootstrap.servers", bootstrapServers);
        }
        return AppConfig.load(bundledResource, configFile, flags);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /**
     * Whether the user pointed at a cluster by any of the usual means (flag, -D, a config file, or
     * the environment), rather than leaving the bundled default.
     */
    public boolean namesACluster() {
        return bootstrapServers != null || properties.containsKey("bootstrap.servers") || configFile != null
                || System.getenv(AppConfig.ENV_PREFIX + "BOOTSTRAP_SERVERS") != null;
    }

    /** Lets a launcher (the demo) point a command at a broker it started. */
    public void setBootstrapServers(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }
}
