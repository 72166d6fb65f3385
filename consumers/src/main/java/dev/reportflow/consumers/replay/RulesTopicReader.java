package dev.reportflow.consumers.replay;

import dev.reportflow.classifier.rules.RuleChange;
import dev.reportflow.classifier.rules.RuleKind;
import dev.reportflow.consumers.common.TopicScanner;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.RoutingRule;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runtime rules as the streams app's global table holds them: the routing.rules topic read to
 * its end, the latest record per rule id winning and a tombstone deleting the rule.
 */
final class RulesTopicReader {

    private static final Logger LOG = LoggerFactory.getLogger(RulesTopicReader.class);
    private static final AvroSerde<RoutingRule> SERDE = AvroSerde.of(RoutingRule.class);

    private RulesTopicReader() {
    }

    static List<RuleChange> read(TopicScanner scanner, String topic) {
        Map<String, RoutingRule> latest = new LinkedHashMap<>();
        scanner.scanAll(List.of(topic), record -> {
            String ruleId = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
            RoutingRule rule = SERDE.fromBytes(record.value());
            if (rule == null && ruleId != null) {
                latest.remove(ruleId);
            } else if (rule != null) {
                latest.put(rule.getRuleId(), rule);
            }
        });
        List<RuleChange> changes = new ArrayList<>();
        for (RoutingRule rule : latest.values()) {
            if (rule.getKind() == dev.reportflow.schemas.RuleKind.UNKNOWN) {
                LOG.warn("Ignoring rule {} of a kind this version does not know", rule.getRuleId());
                continue;
            }
            changes.add(new RuleChange(rule.getRuleId(), RuleKind.valueOf(rule.getKind().name()), rule.getDepartment(),
                    rule.getTerm(), rule.getWeight()));
        }
        return changes;
    }
}
