package dev.reportflow.classifier.text;

/**
 * The matching view of a text: the same length as the original, char for char, so that positions
 * and lines agree, but with the variations offices produce folded away. Full-width ASCII becomes
 * half-width (（一） and (一) read alike), every kind of space becomes ' ', traditional characters
 * become simplified ({@link TraditionalChars}), a full stop typed after a heading's numeral (一。) is the
 * enumeration comma it stands for, and the censored "D"
 * that stands for 党 between Chinese characters ("D建", "D员", "全面从严治D") becomes 党 again.
 */
public final class Folding {

    private Folding() {
    }

    public static String fold(String text) {
        return new String(foldedChars(text));
    }

    /** The folded chars of {@code text}, for {@link TextLines}, which cuts them into lines itself. */
    static char[] foldedChars(String text) {
        int n = text.length();
        char[] out = new char[n];
        text.getChars(0, n, out, 0);
        boolean anyD = false;
        for (int i = 0; i < n; i++) {
            char c = out[i];
            char f;
            if (c >= '\u3400' && c < '\uFEFF') {
                f = TraditionalChars.simplified(c); // a Chinese character, the common case, tested first
            } else if (c >= '\uFF01' && c <= '\uFF5E') {
                f = (char) (c - 0xFEE0);
            } else if (isSpace(c)) {
                f = ' ';
            } else {
                f = c >= '\u3400' ? TraditionalChars.simplified(c) : c;
            }
            // a numeral's full stop looks back only, at chars folded already: it is decided in the same pass
            out[i] = f == '。' && afterLeadingNumeral(out, i) ? '、' : f;
            anyD |= f == 'D';
        }
        // a "D" looks at the folded char after it too, so it waits for the pass to end; most texts have none
        for (int i = 0; anyD && i < n; i++) {
            if (out[i] == 'D' && isCensoredParty(out, i)) {
                out[i] = '党';
            }
        }
        return out;
    }

    private static final String CHINESE_NUMERALS = "一二三四五六七八九十";
    private static final int MAX_NUMERAL = 3;

    /**
     * Whether the full stop at {@code i} follows a Chinese numeral that opens its line ("一。加强妇幼保健网络建设"):
     * a heading typed with the wrong mark, since no sentence is a numeral alone.
     */
    private static boolean afterLeadingNumeral(char[] s, int i) {
        int k = i;
        while (k > 0 && i - k < MAX_NUMERAL && CHINESE_NUMERALS.indexOf(s[k - 1]) >= 0) {
            k--;
        }
        if (k == i) {
            return false;
        }
        while (k > 0 && s[k - 1] == ' ') {
            k--;
        }
        return k == 0 || s[k - 1] == '\n';
    }

    /** Spaces of every width, tabs and the byte-order mark: none of them carries meaning inside a line. */
    public static boolean isSpace(char c) {
        if (c > '\u3000') {
            return c == '\uFEFF'; // one test for most chars of a Chinese text
        }
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\f'
                || c >= '\u2000' && c <= '\u200B' || c == '\u202F' || c == '\u205F';
    }

    public static boolean isHan(char c) {
        return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF';
    }

    /** "D" next to a Chinese character and not part of a Latin word (DP = GDP, DIP, LED). */
    private static boolean isCensoredParty(char[] s, int i) {
        char before = i > 0 ? s[i - 1] : ' ';
        char after = i + 1 < s.length ? s[i + 1] : ' ';
        if (isLatin(before) || isLatin(after)) {
            return false;
        }
        return isHan(before) || isHan(after);
    }

    private static boolean isLatin(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
}
