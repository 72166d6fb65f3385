package dev.reportflow.classifier.section;

import dev.reportflow.classifier.rules.DepartmentWeight;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The topic words read in one piece of a report: per department, its score and the words that
 * made it (with counts, in the order first seen), and the piece's tense words.
 */
public final class TopicTally {

    private final Map<String, Double> scores = new HashMap<>();
    private final Map<String, Map<String, Integer>> terms = new HashMap<>();
    private final Map<String, Boolean> inHeading = new HashMap<>();
    private int future;
    private int past;

    public void add(DepartmentWeight w, String term, double factor, boolean heading) {
        scores.merge(w.department(), w.weight() * factor, Double::sum);
        terms.computeIfAbsent(w.department(), d -> new LinkedHashMap<>()).merge(term, 1, Integer::sum);
        if (heading) {
            inHeading.put(w.department(), true);
        }
    }

    public void addTense(int tense) {
        if (tense > 0) {
            future++;
        } else if (tense < 0) {
            past++;
        }
    }

    public Map<String, Double> scores() {
        return scores;
    }

    public Map<String, Integer> terms(String department) {
        return terms.getOrDefault(department, Map.of());
    }

    public boolean namedInHeading(String department) {
        return inHeading.containsKey(department);
    }

    public int future() {
        return future;
    }

    public int past() {
        return past;
    }
}
