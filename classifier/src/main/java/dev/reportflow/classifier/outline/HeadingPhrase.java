package dev.reportflow.classifier.outline;

/**
 * The words of a heading: from after its numbering to the first full stop, semicolon or colon, for
 * headings that share their line with body text ("（一）强化收支管理，财政运行总体平稳。一是…"), or to the
 * space where a flattened page broke the line ("一、工作开展情况 一是越级访治理效果较好…").
 */
public final class HeadingPhrase {

    /** Longer than this, a heading without a stop is cut: the rest is body text. */
    public static final int MAX_LENGTH = 40;

    private HeadingPhrase() {
    }

    /**
     * The end (exclusive) of the phrase that starts at {@code start} in the folded {@code line}. In a
     * line that runs on past the longest heading (a flattened page), a space after the heading's first
     * words ends it before any stop does ({@link #bodyGap}).
     */
    public static int end(String line, int start) {
        int limit = Math.min(line.length(), start + MAX_LENGTH);
        int end = -1;
        for (int i = start; i < limit && end < 0; i++) {
            char c = line.charAt(i);
            if (c == '。' || c == ';' || c == ':') {
                end = i;
            }
        }
        if (end < 0) {
            end = limit;
            while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
                end--;
            }
        }
        int gap = line.length() > start + MAX_LENGTH ? bodyGap(line, start, end) : -1;
        return gap >= 0 ? gap : end;
    }

    /** The fewest words before a gap that can end a heading. */
    static final int MIN_WORDS = 4;

    /**
     * Where a space parts the heading from its body, or -1: a flattened page keeps a space where the
     * line broke ("一、xxxx年工作回顾 过去的一年,是…"; "一、围绕时代主题,学习宣传贯彻中央精神有新成效 各级妇联组织…"),
     * so in such a line the first space after the heading's first words ends it, before any stop.
     */
    private static int bodyGap(String line, int start, int end) {
        int from = start;
        while (from < end && Character.isWhitespace(line.charAt(from))) {
            from++;
        }
        for (int i = from + MIN_WORDS; i < end; i++) {
            if (Character.isWhitespace(line.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The heading as printed: the original line up to the end of its phrase (with its stop). */
    public static String printed(String originalLine, String foldedLine, int phraseEnd) {
        int end = phraseEnd < foldedLine.length() && foldedLine.charAt(phraseEnd) == '。' ? phraseEnd + 1 : phraseEnd;
        return originalLine.substring(0, Math.min(end, originalLine.length())).strip();
    }
}
