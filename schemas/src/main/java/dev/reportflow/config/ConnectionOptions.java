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

    @Option(names = {"--bootstrap-server", "--bootstrap-servers"}, paramLabel = "HOST:PORT[,...]",
            description = "Kafka cluster to use (overrides bootstrap.servers).")
    String bootstrapServers;

    @Option(names = {"--command-config", "--config"}, paramLabel = "FILE",
            description = "A properties file layered over the bundled defaults (Kafka's and reportflow.* properties).")
    Path configFile;

    @Option(names = {"--command-property", "-D", "--property"}, paramLabel = "KEY=VALUE",
            description = "Set one property (repeatable); reportflow.* keys are checked, see docs/configuration.md.")
    Map<String, String> properties = new LinkedHashMap<>();

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
