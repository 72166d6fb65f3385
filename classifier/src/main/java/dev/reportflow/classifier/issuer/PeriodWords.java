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

    /** Whether a period word ends just before {@code at} in {@code text}. */
    static boolean endsAt(String text, int at) {
        for (String period : WORDS) {
            if (text.startsWith(period, at - period.length())) {
                return true;
            }
        }
        return false;
    }
}
