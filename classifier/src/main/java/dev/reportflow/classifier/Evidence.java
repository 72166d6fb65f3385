package dev.reportflow.classifier;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why a decision was taken: the rule that fired, its score, the words it matched (with counts, in
 * the order first seen) and a sentence for people.
 */
public record Evidence(String rule, double score, Map<String, Integer> terms, String detail) {

    public Evidence {
        // Map.copyOf would iterate in an order that changes from JVM to JVM, and the JSON, the
        // routed records and replay's diffs show the words in this order
        terms = Collections.unmodifiableMap(new LinkedHashMap<>(terms));
    }

    public static Evidence of(String rule, double score, String detail) {
        return new Evidence(rule, score, Map.of(), detail);
    }
}
