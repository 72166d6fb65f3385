package dev.reportflow.consumers.supervise;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps Chinese and mixed text for a terminal: Han characters and full-width forms take two
 * columns, closing punctuation never starts a line, and Latin words break at spaces.
 */
public final class TextWrapper {

    private static final String NO_LINE_START = "，。、；：？！）」』》〉】”’,.;:?!)]%";

    private TextWrapper() {
    }

    /** The text's paragraphs, stripped of indentation and blank runs, each wrapped to {@code width} columns. */
    public static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            String trimmed = strip(paragraph);
            if (!trimmed.isEmpty()) {
                lines.addAll(wrapParagraph(trimmed, width));
            }
        }
        return lines;
    }

    public static int displayWidth(String text) {
        return text.codePoints().map(TextWrapper::columns).sum();
    }

    /** Removes ordinary and ideographic (full-width) spaces at both ends. */
    public static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static List<String> wrapParagraph(String paragraph, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int used = 0;
        for (int i = 0; i < paragraph.length(); ) {
            int c = paragraph.codePointAt(i);
            int w = columns(c);
            boolean mayHang = NO_LINE_START.indexOf(c) >= 0;
            if (used + w > width && !line.isEmpty() && !mayHang) {
                String carried = carryLatinWord(line, c);
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                line.append(carried.stripLeading());
                used = displayWidth(line.toString());
            }
            line.appendCodePoint(c);
            used += w;
            i += Character.charCount(c);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** When a Latin word would be split, moves its start from {@code line} to the next line. */
    private static String carryLatinWord(StringBuilder line, int next) {
        if (!isLatinLetter(next) || line.isEmpty() || !isLatinLetter(line.charAt(line.length() - 1))) {
            return "";
        }
        int space = line.lastIndexOf(" ");
        if (space <= 0) {
            return "";
        }
        String word = line.substring(space + 1);
        line.setLength(space);
        return word;
    }

    private static boolean isLatinLetter(int c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0';
    }

    private static int columns(int c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        boolean wide = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && c < 0xFF61
                || block == Character.UnicodeBlock.HIRAGANA || block == Character.UnicodeBlock.KATAKANA
                || block == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS;
        return wide ? 2 : 1;
    }
}
