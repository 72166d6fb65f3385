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
 * one array (row displacement), each slot holding its owner state and target together.
 *
 * <p>A state is named by where its row starts (its base, unique per state; the root's is 0), and
 * a target carries in its sign bit whether it ends or passes on a term: a step is then one load
 * that depends on the state before, with nothing to look up between it and the next, which is
 * what a scan over Chinese text, where nearly every other char starts some term, waits on.
 */
final class TermAutomaton {

    /** The root's name; as a base, no row but the root's own (kept apart, in {@link #fromRoot}) starts there. */
    static final int ROOT = 0;
    private static final int NO_TERM_CHAR = 0;
    private static final long FREE = slot(-1, 0);
    /** The sign bit of an encoded target: the state it names emits. */
    private static final int EMITS = 0x8000_0000;

    /** Per char: its column, or {@link #NO_TERM_CHAR}. Chars, not ints: half the cache lines. */
    private final char[] columnOf = new char[1 << 16];
    /** Per column: where the root goes on it (an encoded target). */
    private final int[] fromRoot;
    /** The overlapped rows: per slot, its owner's base (high half) and the encoded target (low half). */
    private final long[] slots;
    /** Per base: the state of the trie it names (the tables below are the trie's, indexed by state). */
    private final int[] stateAt;
    /** Per state: its base. */
    private final int[] baseOf;
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
                    columnOf[e.c()] = (char) columns++;
                }
            }
        }
        int[][] rows = rowsBelowRoot(trie, fail, bfsOrder, columns);
        this.baseOf = new int[trie.size()];
        long[] laidOut = overlap(rows, baseOf, columns);
        this.stateAt = new int[laidOut.length];
        for (int state = 0; state < trie.size(); state++) {
            stateAt[baseOf[state]] = state;
        }
        for (int at = 0; at < laidOut.length; at++) {
            if (laidOut[at] != FREE) {
                laidOut[at] = laidOut[at] & 0xFFFF_FFFF_0000_0000L | encoded((int) laidOut[at]) & 0xFFFF_FFFFL;
            }
        }
        this.slots = laidOut;
        this.fromRoot = new int[columns];
        trie.edgesFrom(ROOT).forEach(e -> fromRoot[columnOf[e.c()]] = encoded(e.target()));
    }

    /** A state as a step yields it: its base, with {@link #EMITS} set when it emits. */
    private int encoded(int state) {
        return baseOf[state] | (emits[state] ? EMITS : 0);
    }

    static TermAutomaton of(String[] terms) {
        return new TermAutomaton(Trie.of(terms));
    }

    /**
     * Reads {@code text} from {@code from} while no state it reaches ends a term, so that a scan's
     * common case (a char that completes nothing) is a tight loop over local arrays.
     *
     * @return the index just past the char that reached an emitting state (or {@code to}), in the
     *         high half, and the state there in the low half
     */
    long runToOutput(CharSequence text, int from, int to, int state) {
        char[] columnOf = this.columnOf;
        long[] slots = this.slots;
        int[] fromRoot = this.fromRoot;
        int i = from;
        while (i < to) {
            int column = columnOf[text.charAt(i++)]; // NO_TERM_CHAR is in no row: the root's own row answers
            long slot = slots[state + column];
            int next = (int) (slot >>> 32) == state ? (int) slot : fromRoot[column];
            state = next & ~EMITS;
            if (next < 0) {
                break;
            }
        }
        return (long) i << 32 | state;
    }

    boolean emits(int state) {
        return emits[stateAt[state]];
    }

    /** The term {@code state} ends, or -1 (a state may only pass on others' outputs, see {@link #nextOutput}). */
    int termAt(int state) {
        return termAt[stateAt[state]];
    }

    int nextOutput(int state) {
        return baseOf[nextOutput[stateAt[state]]];
    }

    int depth(int state) {
        return depth[stateAt[state]];
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
     * free slots and no other state starts; fills {@code base}, every state's own start (the root's
     * is 0). Slots hold owner and target as trie states; the caller turns them into bases.
     */
    private static long[] overlap(int[][] rows, int[] base, int columns) {
        long[] slots = new long[2 * columns];
        Arrays.fill(slots, FREE);
        boolean[] taken = new boolean[slots.length];
        taken[ROOT] = true;
        int used = columns; // a step on the root reads up to here
        int firstFree = 0;
        int firstUntaken = 1;
        for (int state = 1; state < rows.length; state++) {
            int[] row = rows[state];
            int start = row.length == 0 ? firstUntaken : Math.max(1, firstFree - minColumn(row));
            while (start < taken.length && taken[start] || row.length > 0 && !fits(row, start, slots)) {
                start++;
            }
            if (start + columns > slots.length) {
                int old = slots.length;
                slots = Arrays.copyOf(slots, Math.max(start + columns, old * 2));
                Arrays.fill(slots, old, slots.length, FREE);
                taken = Arrays.copyOf(taken, slots.length);
            }
            for (int i = 0; i < row.length; i += 2) {
                slots[start + row[i]] = slot(state, row[i + 1]);
            }
            base[state] = start;
            taken[start] = true;
            while (firstUntaken < taken.length && taken[firstUntaken]) {
                firstUntaken++;
            }
            used = Math.max(used, start + columns);
            while (firstFree < slots.length && slots[firstFree] != FREE) {
                firstFree++;
            }
        }
        long[] laidOut = Arrays.copyOf(slots, used);
        for (int at = 0; at < used; at++) {
            if (laidOut[at] != FREE) {
                laidOut[at] = slot(base[(int) (laidOut[at] >>> 32)], (int) laidOut[at]);
            }
        }
        return laidOut;
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
