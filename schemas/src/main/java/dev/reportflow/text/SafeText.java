package dev.reportflow.text;

/**
 * Record fields made safe to print. Every field of a record is written by someone else (an office
 * names itself, a file or a heading is whatever the document says), so nothing read from Kafka may
 * reach a terminal, a log, a spreadsheet or a Markdown/HTML renderer as it is: an ESC starts a
 * terminal escape sequence, a CR or LF forges a log line, a leading {@code =} becomes a spreadsheet
 * formula, a {@code <} becomes markup.
 *
 * <p>Control characters are written visibly as escapes such as <code>&#92;u001b</code>, so that a reader sees
 * that they were there. They are: Unicode's Cc characters (C0, DEL, C1), the line and paragraph
 * separators (which some terminals and log viewers take as line breaks) and the bidirectional
 * formatting controls (which reorder what is displayed). A literal backslash is left as it is: it
 * can make the output ambiguous to read, but never makes it act.
 *
 * <p>This is the only place that decides what is escaped; the writers and the intake use it.
 */
public final class SafeText {

    private static final String SPREADSHEET_FORMULA_STARTS = "=+-@\t\r";
    private static final String MARKDOWN_METACHARACTERS = "\\`*_[]<>#|!~&";

    private SafeText() {
    }

    public static boolean isControl(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL
                || codePoint == '\u2028' || codePoint == '\u2029'
                || codePoint == '\u061C' || codePoint == '\u200E' || codePoint == '\u200F'
                || codePoint >= '\u202A' && codePoint <= '\u202E'
                || codePoint >= '\u2066' && codePoint <= '\u2069';
    }

    public static boolean containsControl(String text) {
        return text.codePoints().anyMatch(SafeText::isControl);
    }

    /** A single-line field (a name, a heading, an id): every control character escaped, line breaks included. */
    public static String line(String text) {
        return escapeControls(text, false);
    }

    /**
     * Text that legitimately holds line breaks (a section's text): {@code \n} kept, and CRLF kept as
     * {@code \n}; every other control, a lone CR included (it would overwrite the terminal line), escaped.
     */
    public static String lines(String text) {
        return escapeControls(text, true);
    }

    /** A single-line field inside Markdown: {@link #line} plus a backslash before every Markdown and HTML metacharacter. */
    public static String markdown(String text) {
        String safe = line(text);
        StringBuilder out = new StringBuilder(safe.length() + 8);
        for (int i = 0; i < safe.length(); i++) {
            char c = safe.charAt(i);
            if (MARKDOWN_METACHARACTERS.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * A single-line field as a Markdown code span, delimiters included. Backslashes do not escape
     * inside a code span, so the fence is one backtick longer than the longest run in the text.
     */
    public static String markdownCode(String text) {
        String safe = line(text);
        int longestRun = 0;
        int run = 0;
        for (int i = 0; i < safe.length(); i++) {
            run = safe.charAt(i) == '`' ? run + 1 : 0;
            longestRun = Math.max(longestRun, run);
        }
        String fence = "`".repeat(longestRun + 1);
        String padding = safe.startsWith("`") || safe.endsWith("`") ? " " : "";
        return fence + padding + safe + padding + fence;
    }

    /**
     * One RFC 4180 CSV cell. A cell that a spreadsheet would evaluate (starting with {@code = + - @},
     * tab or CR) gets a leading apostrophe, as OWASP's CSV-injection guidance says; controls are
     * escaped as in {@link #lines}; a cell holding a comma, quote or line break is quoted.
     */
    public static String csvCell(String text) {
        boolean formula = !text.isEmpty() && SPREADSHEET_FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
        String cell = (formula ? "'" : "") + lines(text);
        if (cell.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    /** Text for an HTML element or a quoted attribute: {@link #line} plus the HTML metacharacters as entities. */
    public static String html(String text) {
        return line(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static String escapeControls(String text, boolean keepLineBreaks) {
        if (!containsControl(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean crBeforeLf = c == '\r' && i < text.length() && text.charAt(i) == '\n';
            if (keepLineBreaks && crBeforeLf) {
                continue; // the LF that follows writes the line break
            }
            if (!isControl(c) || keepLineBreaks && c == '\n') {
                out.appendCodePoint(c);
            } else {
                out.append(String.format("\\u%04x", c));
            }
        }
        return out.toString();
    }
}
