package dev.reportflow.classifier.outline;

/**
 * The words of a heading: from after its numbering to the first full stop, semicolon or colon, for
 * headings that share their line with body text ("（一）强化收支管理，财政运行总体平稳。一是…").
 */
public final class HeadingPhrase {

    /** Longer than this, a heading without a stop is cut: the rest is body text. */
    public static final int MAX_LENGTH = 40;

    private HeadingPhrase() {
    }

    /** The end (exclusive) of the phrase that starts at {@code start} in the folded {@code line}. */
    public static int end(String line, int start) {
        int limit = Math.min(line.length(), start + MAX_LENGTH);
        for (int i = start; i < limit; i++) {
            char c = line.charAt(i);
            if (c == '。' || c == ';' || c == ':') {
                return i;
            }
        }
        int end = limit;
        while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** The heading as printed: the original line up to the end of its phrase (with its stop). */
    public static String printed(String originalLine, String foldedLine, int phraseEnd) {
        int end = phraseEnd < foldedLine.length() && foldedLine.charAt(phraseEnd) == '。' ? phraseEnd + 1 : phraseEnd;
        return originalLine.substring(0, Math.min(end, originalLine.length())).strip();
    }
}
