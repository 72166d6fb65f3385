package dev.reportflow.schemas;

import dev.reportflow.text.SafeText;
import java.util.Optional;

/**
 * The office a submission names: chosen by a person, copied into every record the submission
 * produces and printed to terminals, pages and spreadsheets, so it must be one line of ordinary
 * characters of bounded length. Checked wherever a name enters: the client, the HTTP intake, and
 * the streams app, which trusts no producer. The refusals never repeat the name, which may be
 * megabytes long or carry escape sequences.
 */
public final class OfficeName {

    /** The property that sets the longest office name accepted. */
    public static final String MAX_CHARS_PROPERTY = "reportflow.submission.max-office-chars";

    /** Why a name is refused: {@code NO_OFFICE} (blank) or {@code INVALID_OFFICE}, and a message, Chinese first. */
    public record Problem(String code, String message) {
    }

    private OfficeName() {
    }

    /** What is wrong with {@code office} (as stored: stripped) as an office name, if anything. */
    public static Optional<Problem> problem(String office, int maxChars) {
        if (office == null || office.isBlank()) {
            return Optional.of(new Problem("NO_OFFICE", "请填写报送单位，例如 区审计局。 Say which office submits (--office)."));
        }
        String name = office.strip(); // a trailing line break from a copied name is not part of it
        int chars = name.codePointCount(0, name.length());
        if (chars > maxChars) {
            return Optional.of(new Problem("INVALID_OFFICE", "报送单位名称过长：最多 " + maxChars + " 个字符，收到 " + chars
                    + " 个。 The office name has " + chars + " characters; at most " + maxChars + " are allowed."));
        }
        if (SafeText.containsControl(name)) {
            return Optional.of(new Problem("INVALID_OFFICE", "报送单位名称含有控制字符（如换行、制表符或 ESC），请只填写单位名称。"
                    + " The office name contains control characters (line breaks, tabs, ESC …); give the office's name only."));
        }
        return Optional.empty();
    }
}
