package dev.reportflow.classifier.text;

import java.util.regex.Pattern;

/**
 * Some sites that copy reports in traditional script write each character's pinyin after it
 * ("鎮(zhèn)長工作報告", "社區(qū)"). The glosses are the site's, not the report's, and they split every
 * word the classifier looks for, so they are dropped before the text is read; lines stay as they are.
 * A gloss is a parenthesised syllable with a tone mark right after a Chinese character, so "(一)",
 * "(a)" and "(2023)" are left alone.
 */
final class PinyinGlosses {

    private static final String TONED_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    /** The toned vowels lie between à (U+00E0) and ǜ (U+01DC): one comparison passes over Chinese text. */
    private static final char FIRST_TONED = '\u00E0';
    private static final char LAST_TONED = '\u01DC';
    private static final Pattern GLOSS = Pattern.compile(
            "(?<=[\\u3400-\\u9fff])\\([a-zü]*[" + TONED_VOWELS + "][a-zü]*\\)");

    private PinyinGlosses() {
    }

    static String strip(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST_TONED && c <= LAST_TONED && TONED_VOWELS.indexOf(c) >= 0) {
                return GLOSS.matcher(text).replaceAll("");
            }
        }
        return text; // the common case: no toned vowel, no gloss, no regex
    }
}
