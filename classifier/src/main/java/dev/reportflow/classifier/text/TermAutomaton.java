package dev.reportflow.classifier.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Aho–Corasick automaton behind a {@link Lexicon}, compiled to a deterministic one: every
 * transition, failure links followed in advance, is one array look-up, so a scan costs the same
 * per char whatever it failed to match just before. Chars are numbered by column (0 for a char in
 * no term); the root's transitions are a row indexed by column, and the rows of the other states,
 * which hold only the columns where they lead elsewhere than the root would, are overlapped in
 * one array (row displacement), each slot holding its owner state and target together so that a
 * step waits for one memory load, not two.
 */
final class TermAutomaton {

    static final int ROOT = 0;
    private static final int NO_TERM_CHAR = 0;
    private static final long FREE = slot(-1, 0);

    /** Per char: its column, or {@link #NO_TERM_CHAR}. */
    private final int[] columnOf = new int[1 << 16];
    /** Per column: where the root goes on it. */
    private final int[] fromRoot;
    /** Per state below the root: where its row starts in {@link #slots}. */
    private final int[] rowStart;
    /** The overlapped rows: per slot, its owner state (high half) and the target (low half). */
    private final long[] slots;
    /** Per state: how many chars it has read, i.e. the length of the term it would end. */
    private final int[] depth;
    /** Per state: the term it ends, or -1. */
    private final int[] termAt;
    /** Per state: the nearest state on its failure chain that ends a term, or the root. */
    private final int[] nextOutput;
    /** Per state: whether it or a state on its failure chain ends a term. */
    private final boolean[] emits;

    private TermAutomaton(Trie trie) {
        int[] bfsOrder = new int[trie.size()];
        int[] fail = trie.failureLinks(bfsOrder);
        this.depth = trie.depth;
        this.termAt = trie.termAt;
        this.nextOutput = new int[trie.size()];
        this.emits = new boolean[trie.size()];
        for (int k = 1; k < bfsOrder.length; k++) {
            int state = bfsOrder[k];
            int f = fail[state];
            nextOutput[state] = termAt[f] >= 0 || f == ROOT ? f : nextOutput[f];
            emits[state] = termAt[state] >= 0 || nextOutput[state] != ROOT;
        }
        int columns = 1;
        for (int state = 0; state < trie.size(); state++) {
            for (Trie.Edge e : trie.edgesFrom(state)) {
                if (columnOf[e.c()] == NO_TERM_CHAR) {
                    columnOf[e.c()] = columns++;
                }
            }
        }
        this.fromRoot = new int[columns];
        trie.edgesFrom(ROOT).forEach(e -> fromRoot[columnOf[e.c()]] = e.target());
        int[][] rows = rowsBelowRoot(trie, fail, bfsOrder, columns);
        this.rowStart = new int[trie.size()];
        this.slots = overlap(rows, rowStart, columns);
    }

    static TermAutomaton of(String[] terms) {
        return new TermAutomaton(Trie.of(terms));
    }

    /** The state after reading {@code c} in {@code state}. */
    int step(int state, char c) {
        int column = columnOf[c]; // NO_TERM_CHAR is in no row, and the root stays on it: no branch needed
        long slot = slots[rowStart[state] + column];
        return (int) (slot >>> 32) == state ? (int) slot : fromRoot[column];
    }

    /**
     * Reads {@code text} from {@code from} while no state it reaches ends a term, so that a scan's
     * common case (a char that completes nothing) is a tight loop over local arrays.
     *
     * @return the index just past the char that reached an emitting state (or {@code to}), in the
     *         high half, and the state there in the low half
     */
    long runToOutput(CharSequence text, int from, int to, int state) {
        int[] columnOf = this.columnOf;
        int[] rowStart = this.rowStart;
        long[] slots = this.slots;
        int[] fromRoot = this.fromRoot;
        boolean[] emits = this.emits;
        int i = from;
        while (i < to) {
            int column = columnOf[text.charAt(i++)];
            long slot = slots[rowStart[state] + column];
            state = (int) (slot >>> 32) == state ? (int) slot : fromRoot[column];
            if (emits[state]) {
                break;
            }
        }
        return (long) i << 32 | state;
    }

    boolean emits(int state) {
        return emits[state];
    }

    /** The term {@code state} ends, or -1 (a state may only pass on others' outputs, see {@link #nextOutput}). */
    int termAt(int state) {
        return termAt[state];
    }

    int nextOutput(int state) {
        return nextOutput[state];
    }

    int depth(int state) {
        return depth[state];
    }

    /**
     * Per state below the root, its row: pairs (column, target) where it leads elsewhere than the
     * root would. That is on its own edges, and on the columns of its failure target's row where it
     * has no edge of its own, to the same targets. States come breadth first, so the failure
     * target's row is ready when needed.
     */
    private int[][] rowsBelowRoot(Trie trie, int[] fail, int[] bfsOrder, int columns) {
        int[][] rows = new int[trie.size()][];
        rows[ROOT] = new int[0]; // a state whose failure link is the root inherits nothing
        int[] ownEdgeOf = new int[columns];
        for (int k = 1; k < bfsOrder.length; k++) {
            int state = bfsOrder[k];
            int[] inherited = rows[fail[state]];
            int[] row = new int[2 * trie.edgesFrom(state).size() + inherited.length];
            int n = 0;
            for (Trie.Edge e : trie.edgesFrom(state)) {
                row[n++] = columnOf[e.c()];
                row[n++] = e.target();
                ownEdgeOf[columnOf[e.c()]] = state;
            }
            for (int i = 0; i < inherited.length; i += 2) {
                if (ownEdgeOf[inherited[i]] != state) {
                    row[n++] = inherited[i];
                    row[n++] = inherited[i + 1];
                }
            }
            rows[state] = Arrays.copyOf(row, n);
        }
        return rows;
    }

    /**
     * Lays the rows over each other in one array, each at the first offset where its columns find
     * free slots; fills {@code rowStart}.
     */
    private static long[] overlap(int[][] rows, int[] rowStart, int columns) {
        long[] slots = new long[columns];
        Arrays.fill(slots, FREE);
        int used = columns; // a step on the root, or on a state without a row, reads up to here
        int firstFree = 0;
        for (int state = 1; state < rows.length; state++) {
            int[] row = rows[state];
            if (row.length == 0) {
                continue; // its start stays 0: no slot names it as owner
            }
            int start = Math.max(0, firstFree - minColumn(row));
            while (!fits(row, start, slots)) {
                start++;
            }
            if (start + columns > slots.length) {
                int old = slots.length;
                slots = Arrays.copyOf(slots, Math.max(start + columns, old * 2));
                Arrays.fill(slots, old, slots.length, FREE);
            }
            for (int i = 0; i < row.length; i += 2) {
                slots[start + row[i]] = slot(state, row[i + 1]);
            }
            rowStart[state] = start;
            used = Math.max(used, start + columns);
            while (firstFree < slots.length && slots[firstFree] != FREE) {
                firstFree++;
            }
        }
        return Arrays.copyOf(slots, used);
    }

    private static long slot(int owner, int target) {
        return (long) owner << 32 | target & 0xFFFF_FFFFL;
    }

    private static int minColumn(int[] row) {
        int min = Integer.MAX_VALUE;
        for (int i = 0; i < row.length; i += 2) {
            min = Math.min(min, row[i]);
        }
        return min;
    }

    private static boolean fits(int[] row, int start, long[] slots) {
        for (int i = 0; i < row.length; i += 2) {
            int at = start + row[i];
            if (at < slots.length && slots[at] != FREE) {
                return false;
            }
        }
        return true;
    }

    /** The terms' prefix tree, as built before it is compiled. */
    private static final class Trie {

        record Edge(char c, int target) {
        }

        private final TransitionTable edges;
        private final List<List<Edge>> edgeLists = new ArrayList<>();
        private final int[] depth;
        private final int[] termAt;

        private Trie(int maxStates) {
            this.edges = new TransitionTable(maxStates);
            this.depth = new int[maxStates];
            this.termAt = new int[maxStates];
            Arrays.fill(termAt, -1);
            edgeLists.add(new ArrayList<>());
        }

        static Trie of(String[] terms) {
            int maxStates = 1 + Arrays.stream(terms).mapToInt(String::length).sum();
            Trie trie = new Trie(maxStates);
            for (int t = 0; t < terms.length; t++) {
                int state = ROOT;
                for (int i = 0; i < terms[t].length(); i++) {
                    state = trie.targetOrNew(state, terms[t].charAt(i));
                }
                trie.termAt[state] = t;
            }
            return trie;
        }

        int size() {
            return edgeLists.size();
        }

        int target(int state, char c) {
            return edges.get(state, c);
        }

        List<Edge> edgesFrom(int state) {
            return edgeLists.get(state);
        }

        private int targetOrNew(int state, char c) {
            int next = edges.get(state, c);
            if (next < 0) {
                next = edgeLists.size();
                edgeLists.add(new ArrayList<>());
                edges.put(state, c, next);
                edgeLists.get(state).add(new Edge(c, next));
                depth[next] = depth[state] + 1;
            }
            return next;
        }

        /** The failure link of every state; fills {@code bfsOrder} with the states, root first, breadth first. */
        int[] failureLinks(int[] bfsOrder) {
            int[] fail = new int[size()];
            int head = 0;
            int tail = 0;
            bfsOrder[tail++] = ROOT;
            while (head < tail) {
                int state = bfsOrder[head++];
                for (Edge edge : edgesFrom(state)) {
                    int child = edge.target();
                    if (state == ROOT) {
                        fail[child] = ROOT;
                    } else {
                        int f = fail[state];
                        int next;
                        while ((next = target(f, edge.c())) < 0 && f != ROOT) {
                            f = fail[f];
                        }
                        fail[child] = next >= 0 && next != child ? next : ROOT;
                    }
                    bfsOrder[tail++] = child;
                }
            }
            return fail;
        }
    }
}
