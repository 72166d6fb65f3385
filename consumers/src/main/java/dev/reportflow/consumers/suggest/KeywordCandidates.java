package dev.reportflow.consumers.suggest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words worth trying as a section keyword for a department: runs of two to four Chinese
 * characters found in the texts the clerks sent to it, the most of those texts first, then those
 * least found in the same reports' other units (which the clerks left where they were), then the
 * longest. A word inside a longer one found in just the same texts is left out: the longer says more.
 */
final class KeywordCandidates {

    static final int MIN_CHARS = 2;
    static final int MAX_CHARS = 4;

    private KeywordCandidates() {
    }

    record Candidate(String term, int inCorrected, int inOthers) {
    }

    static List<Candidate> rank(Collection<String> corrected, Collection<String> others, int limit) {
        Map<String, Integer> coverage = count(corrected);
        Map<String, Integer> inOthers = new HashMap<>();
        for (String text : others) {
            for (String term : terms(text)) {
                if (coverage.containsKey(term)) {
                    inOthers.merge(term, 1, Integer::sum);
                }
            }
        }
        List<Candidate> ranked = new ArrayList<>();
        coverage.forEach((term, n) -> ranked.add(new Candidate(term, n, inOthers.getOrDefault(term, 0))));
        ranked.sort(Comparator.comparingInt(Candidate::inCorrected).reversed()
                .thenComparingInt(Candidate::inOthers)
                .thenComparing(Comparator.comparingInt((Candidate c) -> c.term().length()).reversed())
                .thenComparing(Candidate::term));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : ranked) {
            boolean saidBetter = kept.stream().anyMatch(k -> k.term().contains(candidate.term())
                    && k.inCorrected() == candidate.inCorrected() && k.inOthers() <= candidate.inOthers());
            if (!saidBetter) {
                kept.add(candidate);
            }
            if (kept.size() == limit) {
                break;
            }
        }
        return kept;
    }

    /** In how many of the texts each word occurs. */
    private static Map<String, Integer> count(Collection<String> texts) {
        Map<String, Integer> counts = new HashMap<>();
        for (String text : texts) {
            terms(text).forEach(term -> counts.merge(term, 1, Integer::sum));
        }
        return counts;
    }

    /** The distinct runs of {@link #MIN_CHARS} to {@link #MAX_CHARS} Chinese characters in {@code text}. */
    static Set<String> terms(String text) {
        Set<String> terms = new HashSet<>();
        int runStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || !isHan(text.charAt(i))) {
                for (int start = runStart; start < i; start++) {
                    for (int length = MIN_CHARS; length <= MAX_CHARS && start + length <= i; length++) {
                        terms.add(text.substring(start, start + length));
                    }
                }
                runStart = i + 1;
            }
        }
        return terms;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
