package dev.reportflow.history.store;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The index terms of a text: every pair of adjacent letters or digits, lower-cased. Chinese has no
 * spaces and most of its words are two characters long (财政, 审计, 扶贫), which trigrams cannot find:
 * a two-character phrase holds no trigram. A phrase of any length n ≥ 2 holds n−1 bigrams, all of
 * which its text holds, so the index narrows the search to candidates and the exact phrase is then
 * checked on the text itself. Pairs across punctuation or spaces are left out: a phrase is found
 * whatever punctuation sits between its words, and the check on the text decides.
 *
 * <p>A pair is stored as one number, {@code (first << 21) | second} (a code point has 21 bits, so
 * two distinct pairs never share a number): the GIN index then compares integers, not strings.
 */
public final class Bigrams {

    private static final int CODE_POINT_BITS = 21;

    private Bigrams() {
    }

    public static Long[] of(String text) {
        Set<Long> grams = new LinkedHashSet<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int previous = -1;
        int i = 0;
        while (i < lower.length()) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetterOrDigit(c)) {
                previous = -1;
                continue;
            }
            if (previous >= 0) {
                grams.add(((long) previous << CODE_POINT_BITS) | c);
            }
            previous = c;
        }
        return grams.toArray(Long[]::new);
    }
}
