package dev.reportflow.broker;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who may log in to a secured embedded broker: clients log in with SCRAM-SHA-256 (over TLS, see
 * {@link EmbeddedKafkaBroker#startSecured}), ACLs decide what they may do, and {@code superUser}
 * (which the broker also uses to talk to itself) bypasses them. The credentials are written into the
 * metadata log when the storage is formatted, so they exist before the first client connects.
 *
 * @param passwords every SCRAM user and password, the super user's included; generate them at run
 *     time (tests) or read them from a secret store, never from committed files
 */
public record ScramSecurity(String superUser, Map<String, String> passwords) {

    public static final String MECHANISM = "SCRAM-SHA-256";
    /** Letters, digits and . _ - only: the storage formatter's argument syntax and JAAS quoting need no escaping then. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]+");
    private static final String LOGIN_MODULE = "org.apache.kafka.common.security.scram.ScramLoginModule";

    public ScramSecurity {
        passwords = Map.copyOf(passwords);
        if (!passwords.containsKey(superUser)) {
            throw new IllegalArgumentException("The super user " + superUser + " needs a password too");
        }
        passwords.forEach((user, password) -> {
            if (!PLAIN.matcher(user).matches() || !PLAIN.matcher(password).matches()) {
                throw new IllegalArgumentException("SCRAM user names and passwords must match " + PLAIN + " (user " + user + ")");
            }
        });
    }

    /** The formatter's --add-scram arguments, one per user. */
    List<String> formatterArguments() {
        return passwords.entrySet().stream()
                .map(e -> MECHANISM + "=[name=" + e.getKey() + ",password=" + e.getValue() + "]")
                .toList();
    }

    /** The SASL settings of the broker's {@code listener}, where it also logs in to itself as the super user. */
    Map<String, String> brokerProperties(String listener) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("sasl.enabled.mechanisms", MECHANISM);
        config.put("sasl.mechanism.inter.broker.protocol", MECHANISM);
        config.put("listener.name." + listener.toLowerCase(Locale.ROOT) + "." + MECHANISM.toLowerCase(Locale.ROOT)
                + ".sasl.jaas.config", jaas(superUser));
        return config;
    }

    /** The SASL login of {@code user}; the broker adds where it is and how to trust it. */
    Map<String, String> login(String user) {
        if (!passwords.containsKey(user)) {
            throw new IllegalArgumentException("No SCRAM user " + user);
        }
        return Map.of("sasl.mechanism", MECHANISM, "sasl.jaas.config", jaas(user));
    }

    private String jaas(String user) {
        return LOGIN_MODULE + " required username=\"" + user + "\" password=\"" + passwords.get(user) + "\";";
    }
}
