package dev.reportflow.consumers.replay;

import dev.reportflow.consumers.common.TopicScanner;
import dev.reportflow.decision.rules.RuleRecords;
import dev.reportflow.schemas.RoutingRule;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The runtime rules as the streams app's global table holds them: the routing.rules topic read to
 * its end and folded by {@link RuleRecords}, the topic's one codec.
 */
public final class RulesTopicReader {

    private RulesTopicReader() {
    }

    /** The live rules by id. */
    public static Map<String, RoutingRule> read(TopicScanner scanner, String topic) {
        Map<String, RoutingRule> rules = new TreeMap<>();
        scanner.scanAll(List.of(topic), record -> RuleRecords.fold(rules, record.key(), record.value()));
        return rules;
    }
}
