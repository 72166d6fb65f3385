package dev.reportflow.tools.demo;

import dev.reportflow.broker.EmbeddedKafkaBroker;
import dev.reportflow.broker.ScramSecurity;
import dev.reportflow.consumers.acl.AccessMapping;
import dev.reportflow.consumers.acl.AclPlan;
import dev.reportflow.schemas.Topics;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;

/**
 * The cluster the demo runs on, and who each part logs in as. Embedded and secured, it is a broker
 * with TLS, SCRAM logins and ACLs: the office may only write the intake topic, the streams app has
 * its own principal, and the demo reads results as the administrator. Passwords and certificates
 * are made up at start and live only in this process and the broker's temporary directory.
 */
final class DemoCluster implements AutoCloseable {

    static final String ADMIN = "admin";
    static final String STREAMS = "reportflow-streams";
    static final String OFFICE = "office-demo";

    private final EmbeddedKafkaBroker broker;
    private final Map<String, Map<String, Object>> logins;

    private DemoCluster(EmbeddedKafkaBroker broker, Map<String, Map<String, Object>> logins) {
        this.broker = broker;
        this.logins = logins;
    }

    static DemoCluster embedded() {
        return new DemoCluster(EmbeddedKafkaBroker.startFresh(), Map.of());
    }

    static DemoCluster embeddedSecured() {
        SecureRandom random = new SecureRandom();
        Map<String, String> passwords = new LinkedHashMap<>();
        for (String user : List.of(ADMIN, STREAMS, OFFICE)) {
            byte[] secret = new byte[18];
            random.nextBytes(secret);
            passwords.put(user, HexFormat.of().formatHex(secret));
        }
        ScramSecurity security = new ScramSecurity(ADMIN, passwords);
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startSecured(security);
        Map<String, Map<String, Object>> logins = new LinkedHashMap<>();
        passwords.keySet().forEach(user -> logins.put(user, broker.clientProperties(user)));
        return new DemoCluster(broker, logins);
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    boolean isSecured() {
        return !logins.isEmpty();
    }

    /** The client settings to connect and log in as {@code user} (none on an open broker), as strings for AppConfig. */
    Map<String, String> loginAs(String user) {
        Map<String, String> settings = new LinkedHashMap<>();
        logins.getOrDefault(user, Map.of()).forEach((key, value) -> settings.put(key, value.toString()));
        return settings;
    }

    /** Grants the office and the streams app what they need and no more; returns how many ACLs. */
    int applyAcls(Admin admin, Topics topics, String applicationId) throws Exception {
        var bindings = AclPlan.of(new AccessMapping(List.of(OFFICE), Map.of(), List.of(), List.of(), List.of(),
                new AccessMapping.StreamsApp(STREAMS, applicationId)), topics);
        admin.createAcls(bindings).all().get();
        awaitAclsInForce(topics);
        return bindings.size();
    }

    /** ACLs reach the broker's authorizer through the metadata log, a moment after they are created. */
    private void awaitAclsInForce(Topics topics) throws Exception {
        try (Admin asStreamsApp = Admin.create(logins.get(STREAMS))) {
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
            while (!asStreamsApp.listTopics().names().get().contains(topics.submitted())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The ACLs did not come into force within 30 s");
                }
                Thread.sleep(100);
            }
        }
    }

    @Override
    public void close() {
        broker.close();
    }
}
