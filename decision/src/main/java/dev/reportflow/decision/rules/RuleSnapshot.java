package dev.reportflow.decision.rules;

import dev.reportflow.classifier.Classifier;
import dev.reportflow.classifier.rules.RuleChange;
import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.schemas.RoutingRule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The classifier for the runtime rules as they stand (the bundled rules with the valid runtime rules
 * layered over them). Each caller keeps one and hands it the current rules; the classifier is
 * rebuilt only when they changed, so a rule put with {@code reportflow rules put} applies to the
 * next submission without a restart, and costs nothing while the rules stay the same.
 */
public final class RuleSnapshot {

    private static final Logger LOG = LoggerFactory.getLogger(RuleSnapshot.class);
    private static final Rules BUNDLED = Rules.bundled();

    private List<RuleChange> lastChanges = List.of();
    private Classifier classifier = new Classifier(BUNDLED);

    public Classifier classifierFor(Collection<RoutingRule> rules) {
        List<RuleChange> changes = new ArrayList<>();
        for (RoutingRule rule : rules) {
            RuleRecords.toChange(rule).ifPresent(changes::add);
        }
        if (!changes.equals(lastChanges)) {
            lastChanges = List.copyOf(changes);
            classifier = new Classifier(BUNDLED.withChanges(valid(changes)));
        }
        return classifier;
    }

    /**
     * The changes that pass {@link RuleChange#problem()}; each refused one is logged (once per change of
     * the rules) and never applied: a bad department code would otherwise name a topic Kafka refuses,
     * and fail every submission that matches the rule.
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
}
