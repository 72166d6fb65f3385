package dev.reportflow.classifier.outline;

import dev.reportflow.classifier.Role;
import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.classifier.section.HeadingCues;

/**
 * An unnumbered line that heads a part of a report by its role alone: "2024年工作计划",
 * "下一步工作打算", "存在问题". It is short, it is no sentence, and a decisive role word names it.
 */
public final class UnnumberedHeading {

    static final int MAX_LENGTH = 20;

    /** How a sentence that announces the parts ends (现就各项工作情况汇报如下): it heads none of them. */
    private static final String ANNOUNCEMENT = "如下";

    private UnnumberedHeading() {
    }

    /** The longest term a heading quotes: a plan's or a campaign's name (“十四五”, “双减”, “三个一批”). */
    private static final int QUOTED_TERM = 8;

    /**
     * Where a quoted term that starts at {@code from} closes, or -1 when it does not close soon: a
     * heading names a period or a campaign in quotes ("“十四五”时期工作回顾"), a sentence quotes words.
     */
    private static int quoteClose(String line, int from, int end) {
        for (int k = from; k < end && k <= from + QUOTED_TERM; k++) {
            char c = line.charAt(k);
            if (c == '"' || c == '”') {
                return k > from ? k : -1;
            }
        }
        return -1;
    }

    /** The role the trimmed folded {@code line} heads, or null when it is no such heading. */
    public static Role roleOf(String line, Rules rules) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ':' || line.charAt(end - 1) == '。')) {
            end--;
        }
        if (end < 2 || end > MAX_LENGTH || HeadingParser.parse(line) != null || line.startsWith(ANNOUNCEMENT, end - ANNOUNCEMENT.length())) {
            return null;
        }
        for (int i = 0; i < end; i++) {
            char c = line.charAt(i);
            if (c == ',' || c == '。' || c == ';' || c == ':' || c == '、') {
                return null;
            }
            if (c == '"' || c == '“') {
                int close = quoteClose(line, i + 1, end);
                if (close < 0) {
                    return null;
                }
                i = close;
            }
        }
        Role role = HeadingCues.read(line, 0, end, rules).strongest();
        return role == Role.OTHER ? null : role;
    }
}
