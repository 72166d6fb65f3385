package dev.reportflow.classifier.section;

import java.util.Arrays;

/**
 * Strings numbered 0, 1, 2 … in the order they were first added, in an open-addressing table of
 * ints: what a {@code LinkedHashMap} gives a tally without an entry object, a counter object and
 * a lambda per word. Lexicon terms and department codes keep their hash codes, so a look-up is a
 * probe or two and an identity comparison.
 */
final class FirstSeenIndex {

    private String[] keys = new String[8];
    /** Per slot: the key's number plus one, 0 when free. At most half full. */
    private int[] table = new int[16];
    private int size;

    /** The number of {@code key}, given it now if it had none. */
    int add(String key) {
        int slot = slotOf(key);
        int n = table[slot];
        return n != 0 ? n - 1 : insert(key, slot);
    }

    /** The number of {@code key}, or -1. */
    int indexOf(String key) {
        return table[slotOf(key)] - 1;
    }

    /** The slot that holds {@code key}, or the free one where it would go. */
    private int slotOf(String key) {
        int mask = table.length - 1;
        int slot = spread(key.hashCode()) & mask;
        for (int n = table[slot]; n != 0; n = table[slot]) {
            String k = keys[n - 1];
            if (k == key || k.equals(key)) {
                break;
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

    private int insert(String key, int slot) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
        }
        keys[size] = key;
        table[slot] = ++size;
        if (size * 2 > table.length) {
            rehash();
        }
        return size - 1;
    }

    private void rehash() {
        table = new int[table.length * 2];
        int mask = table.length - 1;
        for (int n = 0; n < size; n++) {
            int slot = spread(keys[n].hashCode()) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = n + 1;
        }
    }

    private static int spread(int h) {
        return h ^ h >>> 16;
    }
}
