package dev.reportflow.classifier.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;

/**
 * A set of terms, each with a payload, found in text in one linear pass (Aho–Corasick). Overlaps
 * resolve leftmost-longest, as a reader would: in 存在问题 the term 存在问题 wins over 问题, and a
 * longer neutral phrase (问题导向) hides the shorter cue inside it. Immutable and thread-safe.
 *
 * @param <T> what a term means
 */
public final class Lexicon<T> {

    /** Receives each match: the term's payload and its [start, end) in the scanned text. */
    @FunctionalInterface
    public interface HitSink<T> {
        void hit(T payload, String term, int start, int end);
    }

    private final String[] terms;
    private final Object[] payloads;
    private final TermAutomaton automaton;
    private final int maxLength;
    /** Size of the ring of undecided match starts: a power of two above {@link #maxLength}. */
    private final int ringSize;

    private Lexicon(Map<String, T> entries) {
        this.terms = entries.keySet().toArray(String[]::new);
        this.payloads = entries.values().toArray();
        this.automaton = TermAutomaton.of(terms);
        this.maxLength = Math.max(1, Arrays.stream(terms).mapToInt(String::length).max().orElse(1));
        this.ringSize = Integer.highestOneBit(maxLength) << 1;
    }

    /** Builds a lexicon; a term given twice keeps the payload {@code merge} makes of both. */
    public static <T> Lexicon<T> of(List<Map.Entry<String, T>> entries, BinaryOperator<T> merge) {
        Map<String, T> unique = new LinkedHashMap<>();
        for (Map.Entry<String, T> e : entries) {
            if (!e.getKey().isEmpty()) {
                unique.merge(e.getKey(), e.getValue(), merge);
            }
        }
        return new Lexicon<>(unique);
    }

    public int size() {
        return terms.length;
    }

    /**
     * Reports the leftmost-longest, non-overlapping matches in {@code text[from, to)}, in order.
     * A match starting at s is final once the scan is {@link #maxLength} past s, so the longest
     * match per start waits in a small ring and is emitted when the next match is found (or at the
     * end): one pass, no sorting, and between matches nothing but the automaton's steps.
     */
    public void scan(CharSequence text, int from, int to, HitSink<T> sink) {
        PendingMatches pending = null; // made at the first match: many scanned lines have none
        int state = TermAutomaton.ROOT;
        int i = from;
        while (i < to) {
            long reached = automaton.runToOutput(text, i, to, state);
            i = (int) (reached >>> 32);
            state = (int) reached;
            if (!automaton.emits(state)) {
                break; // the text ended first
            }
            if (pending == null) {
                pending = new PendingMatches(ringSize, from);
            }
            // matches found here start at i - maxLength or later: those before are final, and leave the ring
            pending.emitUpTo(i - maxLength - 1, sink);
            for (int out = state; out != TermAutomaton.ROOT; out = automaton.nextOutput(out)) {
                int term = automaton.termAt(out);
                if (term >= 0) {
                    pending.offer(i - automaton.depth(out), automaton.depth(out), term);
                }
            }
        }
        if (pending != null) {
            pending.emitUpTo(to - 1, sink);
        }
    }

    /**
     * The matches found and not emitted yet: the longest one at each start, by start position
     * modulo the ring size, and the end of the last match emitted (later ones may not overlap it).
     */
    private final class PendingMatches {
        private static final int NONE = Integer.MAX_VALUE;

        private final int[] length;
        private final int[] term;
        private final int mask;
        private int count;
        private int earliest = NONE;
        private int taken;

        PendingMatches(int size, int from) {
            this.length = new int[size];
            this.term = new int[size];
            this.mask = size - 1;
            this.taken = from;
        }

        void offer(int start, int matchLength, int matchTerm) {
            int slot = start & mask;
            if (length[slot] == 0) {
                count++;
                earliest = Math.min(earliest, start);
            }
            if (matchLength > length[slot]) {
                length[slot] = matchLength;
                term[slot] = matchTerm;
            }
        }

        /** Emits, in order, the longest match at each start up to {@code last} unless an earlier one covers it. */
        @SuppressWarnings("unchecked")
        void emitUpTo(int last, HitSink<T> sink) {
            while (earliest <= last) {
                int start = earliest;
                int slot = start & mask;
                if (start >= taken) {
                    int t = term[slot];
                    sink.hit((T) payloads[t], terms[t], start, start + length[slot]);
                    taken = start + length[slot];
                }
                length[slot] = 0;
                count--;
                earliest = count == 0 ? NONE : nextPendingAfter(start);
            }
        }

        /** Pending starts all lie within one ring's length after {@code start}, so the walk ends there. */
        private int nextPendingAfter(int start) {
            int next = start + 1;
            while (length[next & mask] == 0) {
                next++;
            }
            return next;
        }
    }

    /** The matches in the whole of {@code text}, for callers that want a list. */
    public List<Hit<T>> find(CharSequence text) {
        List<Hit<T>> hits = new ArrayList<>();
        scan(text, 0, text.length(), (payload, term, start, end) -> hits.add(new Hit<>(payload, term, start, end)));
        return hits;
    }

    /** One match. */
    public record Hit<T>(T payload, String term, int start, int end) {
    }
}
