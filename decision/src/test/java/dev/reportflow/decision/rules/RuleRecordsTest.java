package dev.reportflow.decision.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.rules.RuleKind;
import dev.reportflow.schemas.RoutingRule;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The routing.rules codec folds records as the streams app's global table does. */
class RuleRecordsTest {

    @Test
    void theLatestRecordPerKeyWinsATombstoneDeletesAndAKeylessRecordIsDropped() {
        Map<String, RoutingRule> rules = new TreeMap<>();
        RoutingRule first = rule("kw", "finance", "资金");
        RoutingRule second = rule("kw", "audit", "审计");
        RuleRecords.fold(rules, bytes(RuleRecords.key(first)), RuleRecords.VALUES.toBytes(first));
        RuleRecords.fold(rules, bytes("alias"), RuleRecords.VALUES.toBytes(rule("alias", "water", "水务站")));
        RuleRecords.fold(rules, bytes(RuleRecords.key(second)), RuleRecords.VALUES.toBytes(second));
        RuleRecords.fold(rules, null, RuleRecords.VALUES.toBytes(rule("keyless", "health", "卫生")));
        RuleRecords.fold(rules, bytes("alias"), null);

        assertThat(rules).containsOnlyKeys("kw");
        assertThat(rules.get("kw").getDepartment()).isEqualTo("audit");
        assertThat(RuleRecords.toChange(rules.get("kw"))).hasValueSatisfying(change -> {
            assertThat(change.kind()).isEqualTo(RuleKind.SECTION_KEYWORD);
            assertThat(change.term()).isEqualTo("审计");
        });
    }

    @Test
    void aRuleOfAnUnknownKindIsNoChangeAndAnInvalidOneIsNotApplied() {
        RoutingRule unknown = rule("x", "finance", "资金");
        unknown.setKind(dev.reportflow.schemas.RuleKind.UNKNOWN);
        assertThat(RuleRecords.toChange(unknown)).isEmpty();

        RuleSnapshot snapshot = new RuleSnapshot();
        String bundled = snapshot.classifierFor(java.util.List.of()).rules().version();
        assertThat(snapshot.classifierFor(java.util.List.of(rule("bad", "Not A Code!", "资金"))).rules().version())
                .as("a rule whose department names no valid topic is refused").isEqualTo(bundled);
        assertThat(snapshot.classifierFor(java.util.List.of(rule("good", "finance", "资金"))).rules().version())
                .isNotEqualTo(bundled).startsWith(bundled + "+");
    }

    private static RoutingRule rule(String id, String department, String term) {
        return RoutingRule.newBuilder().setRuleId(id).setKind(dev.reportflow.schemas.RuleKind.SECTION_KEYWORD)
                .setDepartment(department).setTerm(term).setWeight(1.0).setAuthor("test")
                .setCreatedAt(Instant.parse("2025-01-01T00:00:00Z")).build();
    }

    private static byte[] bytes(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }
}
