package dev.reportflow.app;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same path on the apache/kafka image, where a Docker engine exists; skipped cleanly where it
 * does not (EndToEndIT covers the path on every machine).
 */
@Testcontainers(disabledWithoutDocker = true)
class EndToEndContainerIT {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.3.1")
            .withEnv("KAFKA_MESSAGE_MAX_BYTES", "8388608")
            .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");

    @Test
    void anOfficesReportReachesTheSupervisorsOfTheDepartmentsItConcerns() throws Exception {
        EndToEndScenario.run(KAFKA.getBootstrapServers(), EndToEndScenario.tempStateDir());
    }
}
