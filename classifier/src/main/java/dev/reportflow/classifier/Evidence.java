package dev.reportflow.classifier;

import java.util.Map;

/**
 * Why a decision was taken: the rule that fired, its score, the words it matched (with counts, in
 * the order first seen) and a sentence for people.
 */
public record Evidence(String rule, double score, Map<String, Integer> terms, String detail) {

    public Evidence {
        terms = Map.copyOf(terms);
    }

    public static Evidence of(String rule, double score, String detail) {
        return new Evidence(rule, score, Map.of(), detail);
    }
}
