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
 */
public final class Bigrams {

    private Bigrams() {
    }

    public static String[] of(String text) {
        Set<String> grams = new LinkedHashSet<>();
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
                grams.add(new StringBuilder(4).appendCodePoint(previous).appendCodePoint(c).toString());
            }
            previous = c;
        }
        return grams.toArray(String[]::new);
    }
}
