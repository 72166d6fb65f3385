package dev.reportflow.decision.rules;

import dev.reportflow.classifier.rules.RuleChange;
import dev.reportflow.classifier.rules.RuleKind;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.RoutingRule;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The one codec of the compacted {@code routing.rules} topic, used by every writer and reader: a
 * record is keyed by its rule id and holds the {@link RoutingRule}, or nothing (a tombstone) to
 * delete it. Readers fold the records by key, the latest winning, exactly as the streams app's
 * global table does (which also drops a record without a key).
 */
public final class RuleRecords {

    public static final AvroSerde<RoutingRule> VALUES = AvroSerde.of(RoutingRule.class);

    private RuleRecords() {
    }

    /** The record key a rule is written with. */
    public static String key(RoutingRule rule) {
        return rule.getRuleId();
    }

    /** One record read from the topic, folded into {@code rules} (rule id → rule). */
    public static void fold(Map<String, RoutingRule> rules, String key, RoutingRule rule) {
        if (key == null) {
            return;
        }
        if (rule == null) {
            rules.remove(key);
        } else {
            rules.put(key, rule);
        }
    }

    /** The same, for a record read as bytes. */
    public static void fold(Map<String, RoutingRule> rules, byte[] key, byte[] value) {
        fold(rules, key == null ? null : new String(key, StandardCharsets.UTF_8), VALUES.fromBytes(value));
    }

    /** The classifier's change for a rule; rules of a kind this version does not know (read as UNKNOWN) are ignored, not guessed at. */
    public static Optional<RuleChange> toChange(RoutingRule rule) {
        if (rule.getKind() == dev.reportflow.schemas.RuleKind.UNKNOWN) {
            return Optional.empty();
        }
        return Optional.of(new RuleChange(rule.getRuleId(), RuleKind.valueOf(rule.getKind().name()), rule.getDepartment(),
                rule.getTerm(), rule.getWeight()));
    }
}
