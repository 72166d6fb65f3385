package dev.reportflow.app;

import dev.reportflow.broker.EmbeddedKafkaBroker;
import org.junit.jupiter.api.Test;

/** The end-to-end path on Kafka's own KRaft broker, started in this JVM. */
class EndToEndIT {

    @Test
    void anOfficesReportReachesTheSupervisorsOfTheDepartmentsItConcerns() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startFresh()) {
            EndToEndScenario.run(broker.bootstrapServers(), EndToEndScenario.tempStateDir());
        }
    }
}
