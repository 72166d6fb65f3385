package dev.reportflow.classifier.section;

import java.util.Arrays;

/**
 * Strings numbered 0, 1, 2 … in the order they were first added, in an open-addressing table of
 * longs (each slot a key's hash code beside its number, so a probe passes other keys without reading them): what a {@code LinkedHashMap} gives a tally without an entry object, a counter object and
 * a lambda per word. Lexicon terms and department codes keep their hash codes, so a look-up is a
 * probe or two and an identity comparison.
 */
final class FirstSeenIndex {

    private String[] keys = new String[8];
    /**
     * Per slot: the key's hash code (high half) and its number plus one (low half, 0 when free). At
     * most half full. A probe compares hash codes first, so a slot held by another key is passed
     * without reading that key's string.
     */
    private long[] table = new long[16];
    private int size;

    /** The number of {@code key}, given it now if it had none. */
    int add(String key) {
        int hash = key.hashCode();
        int slot = slotOf(key, hash);
        int n = (int) table[slot];
        return n != 0 ? n - 1 : insert(key, hash, slot);
    }

    /** The number of {@code key}, or -1. */
    int indexOf(String key) {
        return (int) table[slotOf(key, key.hashCode())] - 1;
    }

    /** The slot that holds {@code key}, or the free one where it would go. */
    private int slotOf(String key, int hash) {
        int mask = table.length - 1;
        int slot = spread(hash) & mask;
        for (long entry = table[slot]; (int) entry != 0; entry = table[slot]) {
            if ((int) (entry >>> 32) == hash) {
                String k = keys[(int) entry - 1];
                if (k == key || k.equals(key)) {
                    break;
                }
            }
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    int size() {
        return size;
    }

    String key(int n) {
        return keys[n];
    }

    /** Room for numbers below {@code capacity} in arrays kept beside this index. */
    int capacity() {
        return keys.length;
    }

    private int insert(String key, int hash, int slot) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
        }
        keys[size] = key;
        table[slot] = entry(hash, ++size);
        if (size * 2 > table.length) {
            rehash();
        }
        return size - 1;
    }

    private void rehash() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long entry : old) {
            if ((int) entry != 0) {
                int slot = spread((int) (entry >>> 32)) & mask;
                while ((int) table[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = entry;
            }
        }
    }

    private static long entry(int hash, int numberPlusOne) {
        return (long) hash << 32 | numberPlusOne & 0xFFFF_FFFFL;
    }

    private static int spread(int h) {
        return h ^ h >>> 16;
    }
}
