package dev.reportflow.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class SecuredEmbeddedKafkaBrokerTest {

    @Test
    void superUserMayDoAnythingOthersNothingWithoutAclsAndWrongPasswordsAreRefused() throws Exception {
        ScramSecurity security = new ScramSecurity("admin", Map.of("admin", secret(), "alice", secret()));
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startSecured(security)) {
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

    private static String secret() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
