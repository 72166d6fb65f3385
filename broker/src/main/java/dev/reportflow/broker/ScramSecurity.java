package dev.reportflow.broker;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a secured embedded broker authenticates and authorizes: clients log in with SCRAM-SHA-256 over
 * SASL_PLAINTEXT, Kafka's StandardAuthorizer checks ACLs, and {@code superUser} (which the broker
 * also uses to talk to itself) bypasses them. The credentials are written into the metadata log
 * when the storage is formatted, so they exist before the first client connects.
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

    /**
     * Listener, SASL and authorizer settings. The controller listener stays PLAINTEXT (SCRAM
     * credentials live in the metadata the controller serves, so it cannot use them itself); the
     * broker reaches it as ANONYMOUS, which therefore has to be a super user. That listener is bound
     * to loopback only.
     */
    Map<String, String> brokerProperties(int brokerPort, int controllerPort) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("listeners", "SASL_PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        config.put("advertised.listeners", "SASL_PLAINTEXT://127.0.0.1:" + brokerPort);
        config.put("listener.security.protocol.map", "SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("inter.broker.listener.name", "SASL_PLAINTEXT");
        config.put("sasl.enabled.mechanisms", MECHANISM);
        config.put("sasl.mechanism.inter.broker.protocol", MECHANISM);
        config.put("listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config", jaas(superUser));
        config.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        config.put("super.users", "User:" + superUser + ";User:ANONYMOUS");
        config.put("allow.everyone.if.no.acl.found", "false");
        return config;
    }

    /** What a client needs, besides bootstrap.servers, to log in as {@code user}. */
    public Map<String, Object> clientProperties(String user) {
        if (!passwords.containsKey(user)) {
            throw new IllegalArgumentException("No SCRAM user " + user);
        }
        return Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", MECHANISM, "sasl.jaas.config", jaas(user));
    }

    private String jaas(String user) {
        return LOGIN_MODULE + " required username=\"" + user + "\" password=\"" + passwords.get(user) + "\";";
    }
}
