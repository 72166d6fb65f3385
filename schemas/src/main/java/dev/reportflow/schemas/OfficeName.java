package dev.reportflow.schemas;

import java.util.Optional;

/**
 * The office a submission names: chosen by a person, copied into every record the submission
 * produces and printed to terminals, pages and spreadsheets, so it is held to a short, printable
 * name everywhere it enters (the client, the HTTP intake, and the streams app, which trusts no
 * producer).
 */
public final class OfficeName {

    /** The property that sets the longest office name accepted. */
    public static final String MAX_CHARS_PROPERTY = "reportflow.submission.max-office-chars";
    /** Long enough for 中共XX省XX市XX县委员会XX工作领导小组办公室 and the like. */
    public static final int DEFAULT_MAX_CHARS = 100;

    private OfficeName() {
    }

    /** What is wrong with {@code office} as an office name, in Chinese for the office, if anything. */
    public static Optional<String> problem(String office, int maxChars) {
        if (office == null || office.isBlank()) {
            return Optional.of("未填写报送单位名称（office）。");
        }
        if (office.codePointCount(0, office.length()) > maxChars) {
            return Optional.of("报送单位名称超过 " + maxChars + " 个字符。");
        }
        if (office.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR)) {
            return Optional.of("报送单位名称含有控制字符（如换行、ESC）。");
        }
        return Optional.empty();
    }
}
