package dev.reportflow.consumers.audit;

import dev.reportflow.consumers.common.KafkaClients;
import dev.reportflow.schemas.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;

/**
 * The logs {@code audit} chains unless told one topic: what offices submitted (the intake) and what
 * people changed in the routing (the corrections). Everything else the pipeline derives from these
 * two, so replaying them proves the rest. The corrections topic is left out until it exists.
 */
final class AuditedLogs {

    private AuditedLogs() {
    }

    static List<String> of(String chosen, Topics topics, KafkaClients clients) throws ExecutionException, InterruptedException {
        if (chosen != null) {
            return List.of(chosen);
        }
        List<String> logs = new ArrayList<>(List.of(topics.submitted()));
        Set<String> existing;
        try (Admin admin = clients.admin()) {
            existing = admin.listTopics().names().get();
        }
        if (existing.contains(topics.corrections())) {
            logs.add(topics.corrections());
        }
        return logs;
    }
}
