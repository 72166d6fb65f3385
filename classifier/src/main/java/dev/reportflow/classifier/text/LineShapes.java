package dev.reportflow.classifier.text;

/**
 * What a folded, trimmed line looks like from its characters alone, with no rules: page furniture,
 * a signature's date, a name standing alone (a signature, a body typeset above its title), a
 * bracketed note, a paragraph. The stages that cut reports ({@code ReportSplitter}) and find their
 * issuer ({@code IssuerRecognizer}) ask the same questions here, so a line is one shape for both.
 */
public final class LineShapes {

    /** Longer than this, a line is a sentence, not a name standing alone. */
    public static final int MAX_NAME_LINE = 30;
    /** A line this long with a comma or full stop is a paragraph of text, not a title or page chrome. */
    private static final int MIN_PARAGRAPH = 30;
    /** A paragraph is written: so many Chinese characters at least, not symbols or replacement marks. */
    private static final int MIN_HAN = 10;
    /** Punctuation that ends or divides a sentence (folded: full-width marks are ASCII here). */
    private static final String SENTENCE_MARKS = ",。;:!?";

    private LineShapes() {
    }

    /**
     * Page furniture: a page number line ("— 2 —", "- 3 -", "第2页", "第2页 共5页", "2/5"). It belongs to
     * no report's text: it never ends a report, nor is part of its end or of a heading.
     */
    public static boolean isPageFurniture(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.length() > 16) {
            return false;
        }
        int digits = 0;
        int other = 0;
        boolean dash = false;
        boolean page = false;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '-' || c == '—' || c == '–' || c == '－' || c == '─' || c == '·' || c == '/') {
                dash = true;
            } else if (c == '第' || c == '页' || c == '共') {
                page = true;
            } else if (!Character.isWhitespace(c) && c != '\u3000') {
                other++;
            }
        }
        if (other > 0 || digits == 0 || digits > 6) {
            return false;
        }
        if (page) {
            return t.startsWith("第") && t.contains("页") || t.startsWith("共");
        }
        return dash || digits <= 3 && t.length() <= 3;
    }

    /**
     * A line with no Chinese character that is no number or date either: a forum's "|", a site's
     * machine translation of the page into English. A Chinese report's own lines hold Chinese, or
     * are numbers (a date, a figure cut off by a hard line break).
     */
    public static boolean isForeignToChinese(String line) {
        int letters = 0;
        int digits = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Folding.isHan(c) || c == 'X') {
                return false; // X is a masked character ("XX镇"), as Chinese as the name it hides
            }
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= digits;
    }

    /** "2024年12月20日", "2024年12月": the date under a signature. */
    public static boolean isDateLine(String line) {
        if (line.length() < 7 || line.length() > 16 || !Character.isDigit(line.charAt(0))) {
            return false;
        }
        int year = line.indexOf('年');
        int month = line.indexOf('月');
        if (year != 4 || month < year) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isDigit(c) && c != '年' && c != '月' && c != '日' && c != ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * A short line with no sentence punctuation and no bracket: a name standing alone, such as the
     * signature "XX县图书馆" or a body's name typeset above its title.
     */
    public static boolean isSignatureLike(String line) {
        return line.length() <= MAX_NAME_LINE && !isBracketed(line) && !hasSentenceMark(line);
    }

    /** Whether the line holds a mark that ends or divides a sentence (,。;:!?). */
    public static boolean hasSentenceMark(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (SENTENCE_MARKS.indexOf(line.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** "(…)", "【…】", "[…]": a line bracketed whole, a note rather than the text. */
    public static boolean isBracketed(String line) {
        if (line.length() < 3) {
            return false;
        }
        char open = line.charAt(0);
        char close = line.charAt(line.length() - 1);
        return open == '(' && close == ')' || open == '【' && close == '】' || open == '[' && close == ']';
    }

    /** A written paragraph: long, punctuated as prose, and mostly Chinese characters. */
    public static boolean isParagraph(String line) {
        return line.length() >= MIN_PARAGRAPH && (line.indexOf(',') >= 0 || line.indexOf('。') >= 0 || line.indexOf('、') >= 0)
                && line.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).limit(MIN_HAN)
                .count() >= MIN_HAN;
    }
}
