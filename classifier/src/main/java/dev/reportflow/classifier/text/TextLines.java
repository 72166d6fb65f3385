package dev.reportflow.classifier.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into lines, each in two forms: as given (for output) and folded (for matching, see
 * {@link Folding}). Indexes here are 0-based; the public results add one.
 */
public final class TextLines {

    private final List<String> original;
    private final String[] folded;

    private TextLines(List<String> original, String[] folded) {
        this.original = original;
        this.folded = folded;
    }

    /**
     * Cuts at '\n' only: the decoder has already turned CRLF and CR into '\n'. A copying site's
     * pinyin glosses are dropped first ({@link PinyinGlosses}); the lines stay the same lines.
     */
    public static TextLines of(String input) {
        String text = PinyinGlosses.strip(input);
        char[] foldedText = Folding.foldedChars(text);
        List<String> original = new ArrayList<>();
        List<String> foldedLines = new ArrayList<>();
        int from = 0;
        while (true) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? text.length() : nl;
            original.add(text.substring(from, to));
            foldedLines.add(new String(foldedText, from, to - from));
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        return new TextLines(original, foldedLines.toArray(String[]::new));
    }

    public int size() {
        return folded.length;
    }

    public String original(int i) {
        return original.get(i);
    }

    public List<String> originals() {
        return original;
    }

    public String folded(int i) {
        return folded[i];
    }

    /** The folded line without surrounding spaces of any width. */
    public String foldedTrimmed(int i) {
        return folded[i].strip();
    }

    public boolean isBlank(int i) {
        return folded[i].isBlank();
    }

    /** The first index at or before {@code i} (down to {@code floor}) holding a non-blank line. */
    public int lastNonBlank(int i, int floor) {
        while (i > floor && isBlank(i)) {
            i--;
        }
        return i;
    }
}
