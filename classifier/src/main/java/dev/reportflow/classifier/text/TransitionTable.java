package dev.reportflow.classifier.text;

import java.util.Arrays;

/** An open-addressing map (state, char) → state of fixed capacity, for building a {@link TermAutomaton}. */
final class TransitionTable {

    private static final long EMPTY = -1L;

    private final long[] keys;
    private final int[] targets;
    private final int mask;

    /** A table for up to {@code entries} transitions, at most half full so that misses end fast. */
    TransitionTable(int entries) {
        int capacity = Integer.highestOneBit(Math.max(8, entries) * 2 - 1) << 1;
        keys = new long[capacity];
        targets = new int[capacity];
        Arrays.fill(keys, EMPTY);
        mask = capacity - 1;
    }

    /** The target of {@code state} on {@code c}, or -1. */
    int get(int state, char c) {
        long key = key(state, c);
        for (int slot = slot(key); ; slot = (slot + 1) & mask) {
            long k = keys[slot];
            if (k == key) {
                return targets[slot];
            }
            if (k == EMPTY) {
                return -1;
            }
        }
    }

    /** Adds a transition that is not in the table yet. */
    void put(int state, char c, int target) {
        long key = key(state, c);
        int slot = slot(key);
        while (keys[slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        targets[slot] = target;
    }

    private static long key(int state, char c) {
        return ((long) state << 16) | c;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29)) & mask;
    }
}
