package dev.reportflow.classifier.text;

/**
 * Some sites that copy reports in traditional script write each character's pinyin after it
 * ("鎮(zhèn)長工作報告", "社區(qū)"). The glosses are the site's, not the report's, and they split every
 * word the classifier looks for, so they are dropped before the text is read; lines stay as they are.
 * A gloss is a parenthesised syllable with a tone mark right after a Chinese character (U+3400 to
 * U+9FFF): letters a–z or ü around exactly one toned vowel, so "(一)", "(a)" and "(2023)" are left alone.
 */
final class PinyinGlosses {

    private static final String TONED_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    /** The toned vowels lie between à (U+00E0) and ǜ (U+01DC): one comparison passes over Chinese text. */
    private static final char FIRST_TONED = '\u00E0';
    private static final char LAST_TONED = '\u01DC';

    private PinyinGlosses() {
    }

    static String strip(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isToned(text.charAt(i))) {
                return withoutGlosses(text);
            }
        }
        return text; // the common case: no toned vowel, no gloss
    }

    /** The text with every gloss cut out, read in one pass (a regex with a look-behind tried every position). */
    private static String withoutGlosses(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
            char before = open > 0 ? text.charAt(open - 1) : ' ';
            if (before < '\u3400' || before > '\u9FFF') {
                continue;
            }
            int close = glossEnd(text, open + 1);
            if (close < 0) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, open);
            copied = close + 1;
            open = close;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Where the ')' that closes a syllable starting at {@code from} stands, or -1 when none does. */
    private static int glossEnd(String text, int from) {
        int toned = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ')') {
                return toned == 1 ? i : -1;
            }
            if (isToned(c)) {
                toned++;
            } else if (!(c >= 'a' && c <= 'z' || c == 'ü')) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isToned(char c) {
        return c >= FIRST_TONED && c <= LAST_TONED && TONED_VOWELS.indexOf(c) >= 0;
    }
}
