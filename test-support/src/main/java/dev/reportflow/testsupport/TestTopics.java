package dev.reportflow.testsupport;

import dev.reportflow.schemas.Topics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** reportflow's topics under a namespace prefix, created on the shared broker. */
public record TestTopics(String namespace, Topics topics) {

    /** Every topic of reportflow (the routed ones of these departments) under a fresh prefix. */
    public static TestTopics create(String name, int partitions, String... departments) {
        String ns = SharedBroker.newNamespace(name);
        Topics topics = Topics.defaults().withPrefix(ns);
        List<String> names = new ArrayList<>(topics.fixed());
        for (String department : departments) {
            names.add(topics.routed(department));
        }
        SharedBroker.createTopics(names, partitions);
        return new TestTopics(ns, topics);
    }

    /** The configuration that points a reportflow process at the shared broker and these topics. */
    public Map<String, String> flags() {
        Map<String, String> flags = new LinkedHashMap<>();
        flags.put("bootstrap.servers", SharedBroker.bootstrapServers());
        flags.putAll(topics.properties());
        return flags;
    }

    /** The same, as command-line arguments. */
    public List<String> connectionArgs() {
        List<String> args = new ArrayList<>(List.of("--bootstrap-server", SharedBroker.bootstrapServers()));
        topics.properties().forEach((k, v) -> args.addAll(List.of("-D", k + "=" + v)));
        return args;
    }

    /** Client properties for test producers and readers. */
    public static Map<String, Object> clientProperties() {
        return Map.of("bootstrap.servers", SharedBroker.bootstrapServers());
    }
}
