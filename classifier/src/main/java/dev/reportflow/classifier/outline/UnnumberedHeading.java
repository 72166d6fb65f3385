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
            if (c == ',' || c == '。' || c == ';' || c == ':' || c == '、' || c == '"' || c == '“') {
                return null;
            }
        }
        Role role = HeadingCues.read(line, 0, end, rules).strongest();
        return role == Role.OTHER ? null : role;
    }
}
