package dev.reportflow.classifier.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A text cut into lines, each in two forms: as given (for output) and folded (for matching, see
 * {@link Folding}). Indexes here are 0-based; the public results add one.
 *
 * <p>The lines are logical: a physical line may be cut into several ({@link #cutAt}), when a web
 * page's whole report was flattened onto it. Each logical line keeps the physical line it came
 * from ({@link #physicalLine}), which is what the public results number; for a text that was not
 * cut the two are the same.
 */
public final class TextLines {

    private final List<String> original;
    private final String[] folded;
    /** For each logical line, the 0-based physical line it is (part of). */
    private final int[] physical;
    private final List<String> physicalLines;
    /**
     * Each folded line stripped, made when first asked for: the splitter, the table of contents,
     * the outline and the issuer ask for the same lines' trimmed and blank forms again and again.
     * A race between threads only makes the same string twice.
     */
    private final String[] trimmed;

    private TextLines(List<String> original, String[] folded, int[] physical, List<String> physicalLines) {
        this.original = original;
        this.folded = folded;
        this.physical = physical;
        this.physicalLines = physicalLines;
        this.trimmed = new String[folded.length];
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
        int[] identity = new int[original.size()];
        Arrays.setAll(identity, i -> i);
        return new TextLines(original, foldedLines.toArray(String[]::new), identity, List.copyOf(original));
    }

    /**
     * These lines with some of them cut further: {@code cuts} maps a line's index to the offsets
     * (ascending, inside the line) where a new logical line starts. Physical lines are kept.
     */
    public TextLines cutAt(Map<Integer, int[]> cuts) {
        if (cuts.isEmpty()) {
            return this;
        }
        List<String> newOriginal = new ArrayList<>();
        List<String> newFolded = new ArrayList<>();
        List<Integer> newPhysical = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            int from = 0;
            for (int to : cuts.getOrDefault(i, new int[0])) {
                newOriginal.add(original.get(i).substring(from, to));
                newFolded.add(folded[i].substring(from, to));
                newPhysical.add(physical[i]);
                from = to;
            }
            newOriginal.add(original.get(i).substring(from));
            newFolded.add(folded[i].substring(from));
            newPhysical.add(physical[i]);
        }
        return new TextLines(newOriginal, newFolded.toArray(String[]::new),
                newPhysical.stream().mapToInt(Integer::intValue).toArray(), physicalLines);
    }

    /** The 0-based physical line that logical line {@code i} is, or is part of. */
    public int physicalLine(int i) {
        return physical[i];
    }

    /** The lines of the text as given, uncut: what results are numbered by and excerpts are taken from. */
    public List<String> physicalLines() {
        return physicalLines;
    }

    public int size() {
        return folded.length;
    }

    public String original(int i) {
        return original.get(i);
    }

    public String folded(int i) {
        return folded[i];
    }

    /** The folded line without surrounding spaces of any width. */
    public String foldedTrimmed(int i) {
        String t = trimmed[i];
        if (t == null) {
            t = folded[i].strip();
            trimmed[i] = t;
        }
        return t;
    }

    /** Whether the line is empty or all spaces ({@link String#isBlank}: nothing is left when it is stripped). */
    public boolean isBlank(int i) {
        return foldedTrimmed(i).isEmpty();
    }

    /** The first index at or before {@code i} (down to {@code floor}) holding a non-blank line. */
    public int lastNonBlank(int i, int floor) {
        while (i > floor && isBlank(i)) {
            i--;
        }
        return i;
    }
}
