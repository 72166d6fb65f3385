package dev.reportflow.classifier.section;

import dev.reportflow.classifier.rules.DepartmentWeight;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The topic words read in one piece of a report: per department, its score and the words that
 * made it (with counts, in the order first seen), and the piece's tense words. Counted in plain
 * mutable fields, as {@link #add} runs for every topic word of every report.
 */
public final class TopicTally {

    /** The departments in the order first seen: codes numbered by {@link #codes}, counts by number. */
    private final FirstSeenIndex codes = new FirstSeenIndex();
    private DepartmentCount[] departments = new DepartmentCount[8];
    private int future;
    private int past;

    private static final class DepartmentCount {
        /** Best score first; at equal scores a department the heading names first, then the order of the codes. */
        static final Comparator<DepartmentCount> BY_SCORE = (a, b) -> {
            int byScore = Double.compare(b.score, a.score);
            if (byScore == 0 && a.inHeading != b.inHeading) {
                return a.inHeading ? -1 : 1;
            }
            return byScore != 0 ? byScore : a.code.compareTo(b.code);
        };

        final String code;
        double score;
        double headingScore;
        boolean inHeading;
        /** The words, in the order first seen, and their counts by number. */
        final FirstSeenIndex terms = new FirstSeenIndex();
        int[] counts = new int[8];

        DepartmentCount(String code, double score) {
            this.code = code;
            this.score = score;
        }

        void count(String term) {
            int n = terms.add(term);
            if (n == counts.length) {
                counts = Arrays.copyOf(counts, terms.capacity());
            }
            counts[n]++;
        }
    }

    public void add(DepartmentWeight w, String term, double factor, boolean heading) {
        double score = w.weight() * factor;
        int n = codes.add(w.department());
        DepartmentCount d;
        if (n == departments.length) {
            departments = Arrays.copyOf(departments, codes.capacity());
        }
        if (departments[n] == null) {
            d = new DepartmentCount(w.department(), score);
            departments[n] = d;
        } else {
            d = departments[n];
            d.score += score;
        }
        d.count(term);
        if (heading) {
            d.inHeading = true;
            d.headingScore += score;
        }
    }

    private DepartmentCount department(String code) {
        int n = codes.indexOf(code);
        return n < 0 ? null : departments[n];
    }

    public void addTense(int tense) {
        if (tense > 0) {
            future++;
        } else if (tense < 0) {
            past++;
        }
    }

    /**
     * Each department's score, in a new HashMap. It is filled by {@code merge} in the order the
     * departments were first seen, as the tally used to build it word by word, so that its
     * iteration order, which decides ties for the callers that walk it, stays the same.
     */
    public Map<String, Double> scores() {
        Map<String, Double> scores = new HashMap<>();
        for (int n = 0; n < codes.size(); n++) {
            scores.merge(departments[n].code, departments[n].score, Double::sum);
        }
        return scores;
    }

    /**
     * The departments that scored at least {@code minScore}, best first (ties as {@code BY_SCORE} breaks
     * them): the ranking's head without sorting its long tail (a report names dozens of topics once).
     */
    public List<String> departmentsByScore(double minScore) {
        List<DepartmentCount> ranked = new ArrayList<>();
        for (int n = 0; n < codes.size(); n++) {
            DepartmentCount d = departments[n];
            if (d.score >= minScore) {
                ranked.add(d);
            }
        }
        ranked.sort(DepartmentCount.BY_SCORE);
        List<String> codes = new ArrayList<>(ranked.size());
        ranked.forEach(d -> codes.add(d.code));
        return codes;
    }

    /** The score of {@code department}, 0 when none of its words was read. */
    public double score(String department) {
        DepartmentCount d = department(department);
        return d == null ? 0 : d.score;
    }

    /** The words that scored for {@code department}, with counts, in the order first seen. */
    public Map<String, Integer> terms(String department) {
        DepartmentCount d = department(department);
        if (d == null) {
            return Map.of();
        }
        Map<String, Integer> terms = new LinkedHashMap<>();
        for (int n = 0; n < d.terms.size(); n++) {
            terms.put(d.terms.key(n), d.counts[n]);
        }
        return terms;
    }

    /** How many distinct words scored for {@code department}: {@code terms(department).size()} without the copy. */
    public int termCount(String department) {
        DepartmentCount d = department(department);
        return d == null ? 0 : d.terms.size();
    }

    /** How many times the words of {@code department} were read, all words together. */
    public int hits(String department) {
        DepartmentCount d = department(department);
        int hits = 0;
        if (d != null) {
            for (int n = 0; n < d.terms.size(); n++) {
                hits += d.counts[n];
            }
        }
        return hits;
    }

    /** The part of {@code department}'s score its heading words made. */
    public double headingScore(String department) {
        DepartmentCount d = department(department);
        return d == null ? 0 : d.headingScore;
    }

    public boolean namedInHeading(String department) {
        DepartmentCount d = department(department);
        return d != null && d.inHeading;
    }

    /** Whether a word of a department other than {@code department} stood in the piece's heading. */
    public boolean headingNamesATopicBut(String department) {
        for (int n = 0; n < codes.size(); n++) {
            if (departments[n].inHeading && !departments[n].code.equals(department)) {
                return true;
            }
        }
        return false;
    }

    public int future() {
        return future;
    }

    public int past() {
        return past;
    }
}
