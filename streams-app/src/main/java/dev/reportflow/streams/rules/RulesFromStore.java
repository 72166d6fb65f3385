package dev.reportflow.streams.rules;

import dev.reportflow.classifier.Classifier;
import dev.reportflow.classifier.rules.RuleChange;
import dev.reportflow.classifier.rules.RuleKind;
import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.schemas.RoutingRule;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The classifier for the rules currently in the routing-rules global store. The store is read on
 * every call (rules are few), and the classifier is rebuilt only when the rules changed, so a rule
 * put with {@code reportflow rules put} applies to the next submission without a restart.
 */
public final class RulesFromStore {

    private static final Logger LOG = LoggerFactory.getLogger(RulesFromStore.class);

    private final Rules bundled = Rules.bundled();
    private List<RuleChange> lastChanges = List.of();
    private Classifier classifier = new Classifier(bundled);

    public Classifier classifierFor(ReadOnlyKeyValueStore<String, ValueAndTimestamp<RoutingRule>> store) {
        List<RuleChange> changes = new ArrayList<>();
        try (KeyValueIterator<String, ValueAndTimestamp<RoutingRule>> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, ValueAndTimestamp<RoutingRule>> entry = all.next();
                if (entry.value != null && entry.value.value() != null) {
                    toChange(entry.value.value()).ifPresent(changes::add);
                }
            }
        }
        if (!changes.equals(lastChanges)) {
            lastChanges = List.copyOf(changes);
            classifier = new Classifier(bundled.withChanges(valid(changes)));
        }
        return classifier;
    }

    /**
     * The changes that pass {@link RuleChange#problem()}; each refused one is logged (by each stream
     * task, once per change of the rules) and never applied: a bad department code would otherwise name a topic Kafka
     * refuses, and fail every submission that matches the rule.
     */
    private static List<RuleChange> valid(List<RuleChange> changes) {
        List<RuleChange> valid = new ArrayList<>();
        for (RuleChange change : changes) {
            change.problem().ifPresentOrElse(
                    problem -> LOG.warn("Rejected routing rule {} ({} {}): {}; it is not applied",
                            change.ruleId(), change.kind(), change.department(), problem),
                    () -> valid.add(change));
        }
        return valid;
    }

    /** Rules of a kind this version does not know (read as UNKNOWN) are ignored, not guessed at. */
    public static java.util.Optional<RuleChange> toChange(RoutingRule rule) {
        return switch (rule.getKind()) {
            case ISSUER_ALIAS -> java.util.Optional.of(change(rule, RuleKind.ISSUER_ALIAS));
            case SECTION_KEYWORD -> java.util.Optional.of(change(rule, RuleKind.SECTION_KEYWORD));
            case DEPARTMENT -> java.util.Optional.of(change(rule, RuleKind.DEPARTMENT));
            case UNKNOWN -> java.util.Optional.empty();
        };
    }

    private static RuleChange change(RoutingRule rule, RuleKind kind) {
        return new RuleChange(rule.getRuleId(), kind, rule.getDepartment(), rule.getTerm(), rule.getWeight());
    }
}
