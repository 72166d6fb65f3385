package dev.reportflow.classifier.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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

    private static final int ROOT = 0;

    private final List<String> terms;
    private final List<T> payloads;
    private final int[] fail;
    private final int[] termAt;
    private final int[] depth;
    private final BitSet alphabet;
    private final int[] outputs;
    /** Transitions out of node n: chars childChars[childStart[n] .. childStart[n+1]), sorted, to childTargets. */
    private final int[] childStart;
    private final char[] childChars;
    private final int[] childTargets;
    /** Transitions out of the root, where matching spends most of its time, by direct index. */
    private final int[] fromRoot = new int[1 << 16];
    /** Whether a node or a node on its failure chain ends a term. */
    private final boolean[] emits;
    private final int maxLength;

    private Lexicon(Map<String, T> entries) {
        this.terms = List.copyOf(entries.keySet());
        this.payloads = new ArrayList<>(entries.values());
        int maxNodes = 1 + entries.keySet().stream().mapToInt(String::length).sum();
        TransitionTable transitions = new TransitionTable(maxNodes);
        this.termAt = new int[maxNodes];
        this.depth = new int[maxNodes];
        this.fail = new int[maxNodes];
        this.alphabet = new BitSet(1 << 16);
        Arrays.fill(termAt, -1);
        int nodes = 1;
        for (int t = 0; t < terms.size(); t++) {
            String term = terms.get(t);
            int node = ROOT;
            for (int i = 0; i < term.length(); i++) {
                char c = term.charAt(i);
                alphabet.set(c);
                int next = transitions.get(node, c);
                if (next < 0) {
                    next = nodes++;
                    transitions.put(node, c, next);
                    depth[next] = depth[node] + 1;
                }
                node = next;
            }
            termAt[node] = t;
        }
        this.outputs = buildFailureLinks(nodes, transitions);
        this.childStart = new int[nodes + 1];
        this.childChars = new char[Math.max(0, nodes - 1)];
        this.childTargets = new int[Math.max(0, nodes - 1)];
        int k = 0;
        for (int node = 0; node < nodes; node++) {
            childStart[node] = k;
            List<TransitionTable.Edge> edges = new ArrayList<>(transitions.edgesFrom(node));
            edges.sort((a, b) -> Character.compare(a.c(), b.c()));
            for (TransitionTable.Edge e : edges) {
                childChars[k] = e.c();
                childTargets[k++] = e.target();
            }
        }
        childStart[nodes] = k;
        Arrays.fill(fromRoot, -1);
        transitions.edgesFrom(ROOT).forEach(edge -> fromRoot[edge.c()] = edge.target());
        this.maxLength = Math.max(1, terms.stream().mapToInt(String::length).max().orElse(1));
        this.emits = new boolean[maxNodes];
        for (int node = 1; node < nodes; node++) {
            emits[node] = termAt[node] >= 0 || outputs[node] != ROOT;
        }
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
        return terms.size();
    }

    /**
     * Reports the leftmost-longest, non-overlapping matches in {@code text[from, to)}, in order.
     * A match starting at s is final once the scan is {@link #maxLength} past s, so the longest
     * match per start waits in a small ring and is emitted then: one pass, no sorting.
     */
    public void scan(CharSequence text, int from, int to, HitSink<T> sink) {
        int ring = maxLength + 1;
        int[] longest = new int[ring];
        int[] termOf = new int[ring];
        int taken = from;
        int committed = from;
        int node = ROOT;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!alphabet.get(c)) {
                node = ROOT;
            } else {
                int next = -1;
                while (node != ROOT && (next = child(node, c)) < 0) {
                    node = fail[node];
                }
                node = node == ROOT ? fromRoot[c] : next;
                if (node < 0) {
                    node = ROOT;
                } else if (emits[node]) {
                    for (int out = node; out != ROOT; out = outputs[out]) {
                        int t = termAt[out];
                        if (t >= 0) {
                            int start = i + 1 - depth[out];
                            int slot = start % ring;
                            if (depth[out] > longest[slot]) {
                                longest[slot] = depth[out];
                                termOf[slot] = t;
                            }
                        }
                    }
                }
            }
            for (; committed <= i + 1 - maxLength; committed++) {
                taken = emit(committed, taken, longest, termOf, sink);
            }
        }
        for (; committed < to; committed++) {
            taken = emit(committed, taken, longest, termOf, sink);
        }
    }

    /** The node reached from {@code node} by {@code c}, or -1; nodes below the root have few children. */
    private int child(int node, char c) {
        for (int k = childStart[node], end = childStart[node + 1]; k < end; k++) {
            char d = childChars[k];
            if (d == c) {
                return childTargets[k];
            }
            if (d > c) {
                return -1;
            }
        }
        return -1;
    }

    /** Emits the longest match starting at {@code start} unless an earlier one covers it; returns the covered end. */
    private int emit(int start, int taken, int[] longest, int[] termOf, HitSink<T> sink) {
        int slot = start % longest.length;
        int length = longest[slot];
        if (length == 0) {
            return taken;
        }
        longest[slot] = 0;
        if (start < taken) {
            return taken;
        }
        int term = termOf[slot];
        sink.hit(payloads.get(term), terms.get(term), start, start + length);
        return start + length;
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

    /** Computes the failure links and returns, per node, the nearest node on its failure chain that ends a term. */
    private int[] buildFailureLinks(int nodes, TransitionTable transitions) {
        int[] queue = new int[nodes];
        int head = 0;
        int tail = 0;
        queue[tail++] = ROOT;
        while (head < tail) {
            int node = queue[head++];
            for (TransitionTable.Edge edge : transitions.edgesFrom(node)) {
                int child = edge.target();
                if (node == ROOT) {
                    fail[child] = ROOT;
                } else {
                    int f = fail[node];
                    int next;
                    while ((next = transitions.get(f, edge.c())) < 0 && f != ROOT) {
                        f = fail[f];
                    }
                    fail[child] = next >= 0 && next != child ? next : ROOT;
                }
                queue[tail++] = child;
            }
        }
        int[] outputLink = new int[nodes];
        for (int k = 1; k < tail; k++) {
            int node = queue[k];
            int f = fail[node];
            outputLink[node] = termAt[f] >= 0 || f == ROOT ? f : outputLink[f];
        }
        return outputLink;
    }

    /** Open-addressing map (node, char) → node, used while the trie is built. */
    private static final class TransitionTable {
        private final long[] keys;
        private final int[] values;
        private final int mask;
        private final List<List<Edge>> edges = new ArrayList<>();

        record Edge(char c, int target) {
        }

        TransitionTable(int maxNodes) {
            int capacity = Integer.highestOneBit(Math.max(16, maxNodes * 2 - 1)) << 1;
            keys = new long[capacity];
            values = new int[capacity];
            Arrays.fill(keys, -1L);
            mask = capacity - 1;
        }

        int get(int node, char c) {
            long key = ((long) node << 16) | c;
            int slot = (int) (mix(key) & mask);
            while (true) {
                long k = keys[slot];
                if (k == key) {
                    return values[slot];
                }
                if (k == -1L) {
                    return -1;
                }
                slot = (slot + 1) & mask;
            }
        }

        void put(int node, char c, int target) {
            long key = ((long) node << 16) | c;
            int slot = (int) (mix(key) & mask);
            while (keys[slot] != -1L) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = target;
            while (edges.size() <= node) {
                edges.add(new ArrayList<>());
            }
            edges.get(node).add(new Edge(c, target));
        }

        List<Edge> edgesFrom(int node) {
            return node < edges.size() ? edges.get(node) : List.of();
        }

        private static long mix(long key) {
            key *= 0x9E3779B97F4A7C15L;
            return key ^ (key >>> 29);
        }
    }
}
