package dev.reportflow.consumers;

import dev.reportflow.schemas.Topics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** reportflow's topics under a namespace prefix, created on the shared broker. */
public record TestTopics(String namespace, Topics topics) {

    public static TestTopics create(String name, int partitions, String... departments) {
        String ns = SharedBroker.newNamespace(name);
        Topics topics = Topics.from(properties(ns));
        List<String> names = new ArrayList<>(List.of(topics.submitted(), topics.classified(), topics.rejected(),
                topics.routingRules(), topics.corrections(), topics.auditCheckpoints()));
        for (String department : departments) {
            names.add(topics.routed(department));
        }
        SharedBroker.createTopics(names, partitions);
        return new TestTopics(ns, topics);
    }

    private static Map<String, String> properties(String ns) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("reportflow.topics.submitted", ns + "reports.submitted");
        p.put("reportflow.topics.classified", ns + "reports.classified");
        p.put("reportflow.topics.rejected", ns + "reports.rejected");
        p.put("reportflow.topics.routing-rules", ns + "routing.rules");
        p.put("reportflow.topics.corrections", ns + "routing.corrections");
        p.put("reportflow.topics.audit-checkpoints", ns + "audit.checkpoints");
        p.put("reportflow.topics.routed-prefix", ns + "routed.");
        return p;
    }

    /** The command-line arguments that point a command at the shared broker and these topics. */
    public List<String> connectionArgs() {
        List<String> args = new ArrayList<>(List.of("--bootstrap-servers", SharedBroker.bootstrapServers()));
        properties(namespace).forEach((k, v) -> args.addAll(List.of("-D", k + "=" + v)));
        return args;
    }

    /** Client properties for test producers and readers. */
    public static Map<String, Object> clientProperties() {
        return Map.of("bootstrap.servers", SharedBroker.bootstrapServers());
    }
}
