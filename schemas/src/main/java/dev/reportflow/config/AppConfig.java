package dev.reportflow.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One application's configuration, in Kafka's own property names, layered lowest to highest:
 * the app's bundled properties file, an optional file given with {@code --command-config},
 * environment variables ({@code REPORTFLOW_BOOTSTRAP_SERVERS} sets {@code bootstrap.servers}: prefix
 * dropped, lower-cased, '_' read as '.', and '__' as '-'; {@code REPORTFLOW_SUBMISSION_MAX__BYTES}
 * sets reportflow's own {@code reportflow.submission.max-bytes} because that is a declared property),
 * then command-line flags.
 *
 * <p>reportflow's own properties ({@code reportflow.*}) are checked against their declaration in
 * {@link ReportflowProperties}: an undeclared key or an invalid value throws Kafka's
 * {@link ConfigException}, naming the key and where it was set; the undeclared ones get their
 * default. Kafka's own properties pass through for Kafka to check.
 */
public final class AppConfig {

    public static final String ENV_PREFIX = "REPORTFLOW_";

    private static final Logger LOG = LoggerFactory.getLogger(AppConfig.class);

    private final Map<String, String> values;

    private AppConfig(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static AppConfig load(String bundledResource, Path file, Map<String, String> environment,
                                 Map<String, String> flags) {
        Layers layers = new Layers();
        layers.putAll(readResource(bundledResource), "the bundled " + bundledResource);
        if (file != null) {
            layers.putAll(readFile(file), file.toString());
        }
        environment.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX)) {
                String property = propertyName(name);
                String own = ReportflowProperties.PREFIX + property;
                boolean ownProperty = !layers.values.containsKey(property) && (ReportflowProperties.isDeclared(own)
                        || ReportflowProperties.DEPRECATED_ALIASES.containsKey(own));
                layers.put(ownProperty ? own : property, value, "the environment variable " + name);
            }
        });
        flags.forEach((key, value) -> {
            if (value != null) {
                layers.put(key, value, "the command line");
            }
        });
        return new AppConfig(layers.checked());
    }

    /** As {@link #load}, with the process environment. */
    public static AppConfig load(String bundledResource, Path file, Map<String, String> flags) {
        return load(bundledResource, file, System.getenv(), flags);
    }

    static String propertyName(String environmentVariable) {
        return environmentVariable.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT)
                .replace("__", "-").replace('_', '.');
    }

    public String get(String key) {
        requireDeclared(key);
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("Missing configuration property '" + key + "'");
        }
        return value;
    }

    public String get(String key, String fallback) {
        requireDeclared(key);
        return values.getOrDefault(key, fallback);
    }

    public int getInt(String key) {
        return Integer.parseInt(get(key).trim());
    }

    public long getLong(String key) {
        return Long.parseLong(get(key).trim());
    }

    public double getDouble(String key) {
        return Double.parseDouble(get(key).trim());
    }

    public boolean getBoolean(String key) {
        return Boolean.parseBoolean(get(key).trim());
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public Map<String, String> asMap() {
        return values;
    }

    /** Every property except reportflow's own: what Kafka clients take. */
    public Map<String, Object> kafkaProperties() {
        Map<String, Object> kafka = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (!key.startsWith("reportflow.")) {
                kafka.put(key, value);
            }
        });
        return kafka;
    }

    /**
     * What any Kafka client needs to reach the cluster: bootstrap.servers and the security settings
     * ({@code security.*}, {@code sasl.*}, {@code ssl.*}), for the admin and helper clients that
     * should not be handed every property of the app.
     */
    public Map<String, Object> connectionProperties() {
        Map<String, Object> connection = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (key.equals("bootstrap.servers") || key.startsWith("security.") || key.startsWith("sasl.")
                    || key.startsWith("ssl.")) {
                connection.put(key, value);
            }
        });
        return connection;
    }

    /** A copy with some properties replaced, checked as the loaded ones are. */
    public AppConfig with(Map<String, String> overrides) {
        Layers layers = new Layers();
        layers.putAll(values, "the configuration");
        layers.putAll(overrides, "an override");
        return new AppConfig(layers.checked());
    }

    /** Reading an undeclared reportflow property is a defect: declare it in {@link ReportflowProperties}. */
    private static void requireDeclared(String key) {
        if (ReportflowProperties.isOwn(key) && !ReportflowProperties.isDeclared(key)) {
            throw new IllegalStateException(key + " is not declared in ReportflowProperties");
        }
    }

    /** The layers merged so far, with where each value came from (for the error messages). */
    private static final class Layers {
        final Map<String, String> values = new LinkedHashMap<>();
        final Map<String, String> sources = new LinkedHashMap<>();

        void putAll(Map<String, String> layer, String source) {
            layer.forEach((key, value) -> put(key, value, source));
        }

        void put(String key, String value, String source) {
            String current = ReportflowProperties.DEPRECATED_ALIASES.get(key);
            if (current != null) {
                LOG.warn("{} (from {}) is deprecated: use {}", key, source, current);
                key = current;
            }
            values.put(key, value);
            sources.put(key, source);
        }

        /** The values, reportflow's own checked against their declaration and completed with defaults. */
        Map<String, String> checked() {
            Map<String, String> complete = new LinkedHashMap<>(values);
            values.forEach((key, value) -> {
                if (ReportflowProperties.isOwn(key)) {
                    check(key, value, sources.get(key));
                }
            });
            ReportflowProperties.DEFINITION.configKeys().values().forEach(declared -> complete.putIfAbsent(declared.name,
                    ConfigDef.convertToString(declared.defaultValue, declared.type)));
            return complete;
        }

        private static void check(String key, String value, String source) {
            if (!ReportflowProperties.isDeclared(key)) {
                throw new ConfigException("Unknown configuration property '" + key + "' (from " + source + ")"
                        + ReportflowProperties.closest(key).map(near -> ": did you mean '" + near + "'?").orElse(".")
                        + " reportflow's properties are listed in docs/configuration.md.");
            }
            try {
                ReportflowProperties.DEFINITION.parse(Map.of(key, value));
            } catch (ConfigException e) {
                throw new ConfigException(e.getMessage() + " (from " + source + ")");
            }
        }
    }

    private static Map<String, String> readResource(String resource) {
        try (InputStream in = AppConfig.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Bundled configuration " + resource + " is missing from the class path");
            }
            return toMap(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static Map<String, String> readFile(Path file) {
        try {
            return toMap(Files.readAllBytes(file));
        } catch (IOException e) {
            // A file the user named that cannot be read is their configuration error, not a crash.
            throw new ConfigException("Cannot read the configuration file " + file + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null || e.getMessage().equals(file.toString()) ? "" : ": " + e.getMessage()) + ")");
        }
    }

    private static Map<String, String> toMap(byte[] bytes) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new java.io.StringReader(new String(bytes, StandardCharsets.UTF_8))) {
            properties.load(reader);
        }
        Map<String, String> map = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(name -> map.put(name, properties.getProperty(name)));
        return map;
    }
}
