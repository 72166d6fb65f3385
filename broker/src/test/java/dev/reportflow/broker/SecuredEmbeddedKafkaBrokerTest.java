package dev.reportflow.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SecuredEmbeddedKafkaBrokerTest {

    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startSecuredBroker() {
        broker = EmbeddedKafkaBroker.startSecured(new ScramSecurity("admin",
                Map.of("admin", secret(), "alice", secret(), "office", secret())));
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    /**
     * The review's finding: a client with no credentials on the controller listener was a super user.
     * Now that listener speaks mutual TLS and takes the broker's own certificate only.
     */
    @Test
    void theControllerListenerRefusesEveryoneButTheBrokerItself() {
        // Trusting the CA is public knowledge; without a certificate of its own the handshake fails.
        assertCannotListOrCreateAcls(onController(tlsWithoutLogin()), SslAuthenticationException.class);
        // Not even the administrator's password opens it: that listener asks for a certificate, not a login.
        assertCannotListOrCreateAcls(onController(broker.clientProperties("admin")), SslAuthenticationException.class);
        // The review's own attempt, plaintext and no credentials: the listener (up, as the refusals
        // above show) closes every such connection before a request is read, so the client never
        // finds a node to send one to.
        assertCannotListOrCreateAcls(onController(Map.of()), TimeoutException.class);
    }

    @Test
    void theClientListenerRefusesPlaintextAndClientsWithoutALogin() {
        // TLS but no SASL login: the broker closes the connection at the first request that is not part of a login.
        assertCannotListOrCreateAcls(onClientListener(tlsWithoutLogin()), TimeoutException.class);
        // Plaintext: the TLS listener closes the connection at the first bytes.
        assertCannotListOrCreateAcls(onClientListener(Map.of()), TimeoutException.class);
    }

    @Test
    void anOfficeOverSaslSslWritesTheIntakeTopicButNotARoutedTopic() throws Exception {
        AclBinding officeWritesIntake = new AclBinding(new ResourcePattern(ResourceType.TOPIC, "intake", PatternType.LITERAL),
                new AccessControlEntry("User:office", "*", AclOperation.WRITE, AclPermissionType.ALLOW));
        try (Admin admin = Admin.create(broker.clientProperties("admin"))) {
            admin.createTopics(List.of(new NewTopic("intake", 1, (short) 1), new NewTopic("routed", 1, (short) 1))).all().get();
            admin.createAcls(List.of(officeWritesIntake)).all().get();
            awaitAclOnBroker(admin, officeWritesIntake);
        }
        Map<String, Object> office = broker.clientProperties("office");
        assertThat(office).containsEntry("security.protocol", "SASL_SSL");
        try (var producer = new KafkaProducer<>(office, new StringSerializer(), new StringSerializer())) {
            assertThat(producer.send(new ProducerRecord<>("intake", "report")).get().offset()).isGreaterThanOrEqualTo(0);
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("routed", "report")).get())
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void superUserMayDoAnythingOthersNothingWithoutAclsAndWrongPasswordsAreRefused() throws Exception {
        try (Admin admin = Admin.create(broker.clientProperties("admin"))) {
            admin.createTopics(List.of(new NewTopic("t", 1, (short) 1))).all().get();
        }
        try (var producer = new KafkaProducer<>(broker.clientProperties("admin"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("t", "v")).get();
        }

        try (var alice = new KafkaConsumer<>(broker.clientProperties("alice"), new StringDeserializer(), new StringDeserializer())) {
            alice.assign(List.of(new TopicPartition("t", 0)));
            alice.seekToBeginning(List.of(new TopicPartition("t", 0)));
            assertThatThrownBy(() -> alice.poll(Duration.ofSeconds(10))).isInstanceOf(TopicAuthorizationException.class);
        }

        Map<String, Object> wrong = new LinkedHashMap<>(broker.clientProperties("alice"));
        wrong.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                + "username=\"alice\" password=\"not-her-password\";");
        try (Admin intruder = Admin.create(wrong)) {
            assertThatThrownBy(() -> intruder.listTopics().names().get())
                    .hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void refusesPasswordsTheFormatterCouldMisread() {
        assertThatThrownBy(() -> new ScramSecurity("admin", Map.of("admin", "pa,ss]word")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScramSecurity("admin", Map.of("alice", "x")))
                .hasMessageContaining("super user admin needs a password");
        assertThat(new ScramSecurity("admin", Map.of("admin", "p")).formatterArguments())
                .containsExactly("SCRAM-SHA-256=[name=admin,password=p]");
    }

    /** Both calls fail with {@code refusal} as the cause: the client got nowhere. */
    private static void assertCannotListOrCreateAcls(Map<String, Object> config, Class<? extends Exception> refusal) {
        AclBinding everythingForAnyone = new AclBinding(new ResourcePattern(ResourceType.TOPIC, "*", PatternType.LITERAL),
                new AccessControlEntry("User:ANONYMOUS", "*", AclOperation.ALL, AclPermissionType.ALLOW));
        try (Admin intruder = Admin.create(config)) {
            var listed = intruder.describeAcls(AclBindingFilter.ANY).values();
            var created = intruder.createAcls(List.of(everythingForAnyone)).all();
            assertThatThrownBy(listed::get).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(refusal);
            assertThatThrownBy(created::get).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(refusal);
        }
    }

    /** A client that trusts the broker's CA and does nothing more: TLS without a login or a certificate. */
    private static Map<String, Object> tlsWithoutLogin() {
        Map<String, Object> config = new LinkedHashMap<>(broker.clientProperties("admin"));
        config.keySet().removeIf(key -> key.startsWith("sasl."));
        config.put("security.protocol", "SSL");
        return config;
    }

    private static Map<String, Object> onController(Map<String, Object> settings) {
        Map<String, Object> config = withShortTimeouts(settings);
        config.remove("bootstrap.servers");
        config.put("bootstrap.controllers", broker.controllerAddress());
        return config;
    }

    private static Map<String, Object> onClientListener(Map<String, Object> settings) {
        Map<String, Object> config = withShortTimeouts(settings);
        config.put("bootstrap.servers", broker.bootstrapServers());
        return config;
    }

    /** A refused client retries until its timeout: keep that short. */
    private static Map<String, Object> withShortTimeouts(Map<String, Object> settings) {
        Map<String, Object> config = new LinkedHashMap<>(settings);
        config.put("request.timeout.ms", 3000);
        config.put("default.api.timeout.ms", 6000);
        return config;
    }

    /** ACLs reach the broker's authorizer through the metadata log; the broker answers describeAcls from it. */
    private static void awaitAclOnBroker(Admin admin, AclBinding binding) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (admin.describeAcls(binding.toFilter()).values().get().isEmpty()) {
            assertThat(System.nanoTime()).as("ACL in force within 30 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static String secret() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
