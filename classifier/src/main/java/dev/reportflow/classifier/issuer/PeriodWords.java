package dev.reportflow.classifier.issuer;

import java.util.List;

/**
 * Words of a period that stand before a body's kind (2021学年中学, 春季幼儿园, 上半年街道): a body's name
 * never reaches left over one, so text just after one starts no name.
 */
final class PeriodWords {

    private static final List<String> WORDS = List.of("学年", "年度", "学期", "半年", "季度", "年终", "全年", "春季", "秋季");

    private PeriodWords() {
    }

    /** The last characters of the words: asked first, since a name's every character is (the scan's hot path). */
    private static final String LAST_CHARS = "年度期终季";

    /** Whether a period word ends just before {@code at} in {@code text}. */
    static boolean endsAt(String text, int at) {
        if (at < 2 || LAST_CHARS.indexOf(text.charAt(at - 1)) < 0) {
            return false;
        }
        for (String period : WORDS) {
            if (text.startsWith(period, at - period.length())) {
                return true;
            }
        }
        return false;
    }
}
