package dev.reportflow.streams.rules;

import dev.reportflow.classifier.Classifier;
import dev.reportflow.decision.rules.RuleSnapshot;
import dev.reportflow.schemas.RoutingRule;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * The classifier for the rules currently in the routing-rules global store. The store is read on
 * every call (rules are few); {@link RuleSnapshot} rebuilds the classifier only when they changed.
 */
public final class RulesFromStore {

    private final RuleSnapshot snapshot = new RuleSnapshot();

    public Classifier classifierFor(ReadOnlyKeyValueStore<String, ValueAndTimestamp<RoutingRule>> store) {
        List<RoutingRule> rules = new ArrayList<>();
        try (KeyValueIterator<String, ValueAndTimestamp<RoutingRule>> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, ValueAndTimestamp<RoutingRule>> entry = all.next();
                if (entry.value != null && entry.value.value() != null) {
                    rules.add(entry.value.value());
                }
            }
        }
        return snapshot.classifierFor(rules);
    }
}
