package dev.reportflow.classifier;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body that issued a report. {@code department} is a department code, or
 * {@link #UNASSIGNED} when no issuer is convincing. {@code choice} is how it was chosen among the
 * bodies the report names: every candidate considered, and the winner's score.
 */
public record Issuer(String name, String level, String department, Evidence evidence, Choice choice) {

    public static final String UNASSIGNED = "unassigned";

    public Issuer {
        choice = choice == null ? Choice.NONE : choice;
    }

    /** An issuer decided without a choice among candidates (a record read back, a baseline). */
    public Issuer(String name, String level, String department, Evidence evidence) {
        this(name, level, department, evidence, Choice.NONE);
    }

    public boolean isAssigned() {
        return !UNASSIGNED.equals(department);
    }

    /** The same issuer with the choice that picked it. */
    public Issuer withChoice(Choice chosen) {
        return new Issuer(name, level, department, evidence, chosen);
    }

    /** The candidates considered, best first, and the score of the one chosen (the first). */
    public record Choice(double score, List<Candidate> candidates) {

        public static final Choice NONE = new Choice(0, List.of());

        public Choice {
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * One body a report names as its possible issuer: where it was found ({@code rule}), how far that
     * place is believed ({@code prior}), and its score once the features of the choice are added
     * ({@code features}: each feature's name and what it added).
     */
    public record Candidate(String name, String level, String department, String rule, double prior, double score,
                            Map<String, Double> features) {

        public Candidate {
            features = Collections.unmodifiableMap(new LinkedHashMap<>(features));
        }
    }
}
