package dev.reportflow.consumers.acl;

import static org.apache.kafka.common.acl.AclOperation.ALL;
import static org.apache.kafka.common.acl.AclOperation.DESCRIBE;
import static org.apache.kafka.common.acl.AclOperation.IDEMPOTENT_WRITE;
import static org.apache.kafka.common.acl.AclOperation.READ;
import static org.apache.kafka.common.acl.AclOperation.WRITE;
import static org.apache.kafka.common.resource.PatternType.LITERAL;
import static org.apache.kafka.common.resource.PatternType.PREFIXED;

import dev.reportflow.consumers.supervise.SuperviseCommand;
import dev.reportflow.schemas.Topics;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The ACLs that give each role exactly what its commands need, and nothing that is not granted is
 * allowed (the broker denies by default):
 * <ul>
 *   <li>offices write the intake topic, nothing else;</li>
 *   <li>a department's supervisors read their routed topic, with consumer groups under
 *       {@code reportflow-supervisor-<code>-};</li>
 *   <li>auditors read every reportflow topic (trace, replay, audit verify) and write checkpoints;</li>
 *   <li>triage clerks read what waits for them ({@code routed.unassigned}) and the reports it belongs to
 *       ({@code triage}), and write corrections ({@code correct}); they read no department's topic, no
 *       intake and no rejections;</li>
 *   <li>the web server ({@code serve}) reads what its pages show to the logins it checks itself (every
 *       reportflow topic but the rules and checkpoints, for the feed, triage and traces) and writes what its
 *       forms send: offices' uploads to the intake topic and the triage page's corrections; it needs no
 *       consumer group (it assigns partitions);</li>
 *   <li>the streams app reads intake, rules and corrections, writes the output topics, and owns everything named
 *       after its application.id (group, internal topics, transactional ids).</li>
 * </ul>
 */
public final class AclPlan {

    private AclPlan() {
    }

    public static List<AclBinding> of(AccessMapping mapping, Topics topics) {
        Set<AclBinding> bindings = new LinkedHashSet<>();
        for (String office : mapping.offices()) {
            topic(bindings, office, topics.submitted(), LITERAL, WRITE, DESCRIBE);
        }
        mapping.supervisors().forEach((department, supervisors) -> {
            for (String supervisor : supervisors) {
                topic(bindings, supervisor, topics.routed(department), LITERAL, READ, DESCRIBE);
                allow(bindings, supervisor, ResourceType.GROUP, SuperviseCommand.groupPrefix(department), PREFIXED, READ, DESCRIBE);
            }
        });
        for (String auditor : mapping.auditors()) {
            for (String topic : List.of(topics.submitted(), topics.classified(), topics.rejected(), topics.routingRules(), topics.corrections(),
                    topics.auditCheckpoints())) {
                topic(bindings, auditor, topic, LITERAL, READ, DESCRIBE);
            }
            topic(bindings, auditor, topics.routedPrefix(), PREFIXED, READ, DESCRIBE);
            topic(bindings, auditor, topics.auditCheckpoints(), LITERAL, WRITE);
        }
        for (String clerk : mapping.triageClerks()) {
            topic(bindings, clerk, topics.routed(Topics.UNASSIGNED), LITERAL, READ, DESCRIBE);
            topic(bindings, clerk, topics.classified(), LITERAL, READ, DESCRIBE);
            topic(bindings, clerk, topics.corrections(), LITERAL, WRITE, DESCRIBE);
        }
        for (String server : mapping.webServers()) {
            for (String topic : List.of(topics.submitted(), topics.classified(), topics.rejected(), topics.corrections())) {
                topic(bindings, server, topic, LITERAL, READ, DESCRIBE);
            }
            topic(bindings, server, topics.routedPrefix(), PREFIXED, READ, DESCRIBE);
            topic(bindings, server, topics.submitted(), LITERAL, WRITE);
            topic(bindings, server, topics.corrections(), LITERAL, WRITE);
        }
        if (mapping.streamsApp() != null) {
            streamsApp(bindings, mapping.streamsApp(), topics);
        }
        return new ArrayList<>(bindings);
    }

    private static void streamsApp(Set<AclBinding> bindings, AccessMapping.StreamsApp app, Topics topics) {
        String who = app.principal();
        String id = app.applicationId();
        topic(bindings, who, topics.submitted(), LITERAL, READ, DESCRIBE);
        topic(bindings, who, topics.routingRules(), LITERAL, READ, DESCRIBE);
        topic(bindings, who, topics.corrections(), LITERAL, READ, DESCRIBE);
        for (String output : List.of(topics.classified(), topics.rejected())) {
            topic(bindings, who, output, LITERAL, WRITE, DESCRIBE);
        }
        topic(bindings, who, topics.routedPrefix(), PREFIXED, WRITE, DESCRIBE);
        // Repartition and changelog topics, the group and exactly-once transactional ids all start with the application.id.
        topic(bindings, who, id, PREFIXED, ALL);
        allow(bindings, who, ResourceType.GROUP, id, PREFIXED, READ, DESCRIBE);
        allow(bindings, who, ResourceType.TRANSACTIONAL_ID, id, PREFIXED, WRITE, DESCRIBE);
        allow(bindings, who, ResourceType.CLUSTER, "kafka-cluster", LITERAL, IDEMPOTENT_WRITE);
    }

    private static void topic(Set<AclBinding> bindings, String who, String name, PatternType pattern, AclOperation... operations) {
        allow(bindings, who, ResourceType.TOPIC, name, pattern, operations);
    }

    private static void allow(Set<AclBinding> bindings, String who, ResourceType type, String name, PatternType pattern,
                              AclOperation... operations) {
        for (AclOperation operation : operations) {
            bindings.add(new AclBinding(new ResourcePattern(type, name, pattern),
                    new AccessControlEntry(AccessMapping.principal(who), "*", operation, AclPermissionType.ALLOW)));
        }
    }

    /** e.g. {@code User:alice  READ  TOPIC routed.finance (LITERAL)}. */
    public static String describe(AclBinding binding) {
        ResourcePattern p = binding.pattern();
        return String.format("%-28s %-16s %-16s %s (%s)", binding.entry().principal(), binding.entry().operation(),
                p.resourceType(), p.name(), p.patternType());
    }
}
