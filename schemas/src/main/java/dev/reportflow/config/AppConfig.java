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

/**
 * One application's configuration, in Kafka's own property names, layered lowest to highest:
 * the app's bundled properties file, an optional file given with {@code --config}, environment
 * variables ({@code REPORTFLOW_BOOTSTRAP_SERVERS} sets {@code bootstrap.servers}: prefix dropped,
 * lower-cased, '_' read as '.', and '__' as '-'; {@code REPORTFLOW_SUBMISSION_MAX__BYTES} sets
 * reportflow's own {@code reportflow.submission.max-bytes} when that is a known property), then
 * command-line flags.
 */
public final class AppConfig {

    public static final String ENV_PREFIX = "REPORTFLOW_";

    private final Map<String, String> values;

    private AppConfig(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static AppConfig load(String bundledResource, Path file, Map<String, String> environment,
                                 Map<String, String> flags) {
        Map<String, String> merged = new LinkedHashMap<>();
        merged.putAll(readResource(bundledResource));
        if (file != null) {
            merged.putAll(readFile(file));
        }
        environment.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX)) {
                String property = propertyName(name);
                boolean ownProperty = !merged.containsKey(property) && merged.containsKey("reportflow." + property);
                merged.put(ownProperty ? "reportflow." + property : property, value);
            }
        });
        flags.forEach((key, value) -> {
            if (value != null) {
                merged.put(key, value);
            }
        });
        return new AppConfig(merged);
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
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("Missing configuration property '" + key + "'");
        }
        return value;
    }

    public String get(String key, String fallback) {
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

    /** A copy with some properties replaced. */
    public AppConfig with(Map<String, String> overrides) {
        Map<String, String> merged = new LinkedHashMap<>(values);
        merged.putAll(overrides);
        return new AppConfig(merged);
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
            throw new UncheckedIOException("Cannot read configuration file " + file, e);
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
