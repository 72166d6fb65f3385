package dev.reportflow.classifier.issuer;

import dev.reportflow.classifier.gazetteer.Gazetteer;
import dev.reportflow.classifier.text.TextLines;

/**
 * The name of a grass-roots area that a report speaking as 我镇 or 我村 writes only by its short name,
 * where no county it names tells it ({@link TownOfNamedCounty}): the short name written before a word
 * made of the unit (三和集镇, 高胥村庄, XX镇区, XX镇域), or the one every item of a slogan list ends with
 * (建设文化万安、开放万安、活力万安). The short name must be written at least twice, and the area is
 * believed a place only when the gazetteer knows a division of that name (万安镇) or, for a village or
 * community the gazetteer does not list, when a line starts with it (a title: 高胥村庄环境综合整治工作总结).
 */
final class ShortPlaceName {

    /** How far into a report its place is looked for, as in {@link MostNamedPlace}. */
    private static final int READ_LINES = 80;
    private static final int READ_CHARS = 1500;
    private static final int MIN_MENTIONS = 2;
    /** Characters that make the two before a unit word a phrase, not a name (全镇区, 各村庄, 本镇域). */
    private static final String NOT_A_NAME_EDGE = "全本我该各每乡城集村小市县区省镇街社两一这此其";
    /** Three slogan items (文化万安、开放万安、活力万安): two characters, then the same short name. */
    private static final int SLOGAN_LENGTH = 14;
    /** The chars that may follow the unit in a word made of it (镇域, 镇区, 村庄). */
    private static final String AFTER_UNIT = "域区庄";

    private ShortPlaceName() {
    }

    /** "三和镇" for unit 镇 from a text that writes 三和集镇 and 三和 again; or "". */
    static String of(String unit, TextLines lines, int start, int end) {
        if (unit.length() != 1) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (int i = start; i <= Math.min(end, start + READ_LINES) && text.length() < READ_CHARS; i++) {
            text.append(lines.folded(i)).append('\n');
        }
        String read = text.substring(0, Math.min(text.length(), READ_CHARS));
        int slogan = sloganAt(read);
        if (slogan >= 0 && isPlace(read.substring(slogan + 2, slogan + 4), unit, read, false)) {
            return read.substring(slogan + 2, slogan + 4) + unit;
        }
        // the words are read by hand, not by regex: two patterns tried at each of 1,500 positions were
        // 7 % of the classifier's time on the corpus' dev texts
        char u = unit.charAt(0);
        for (int at = 0; at + 4 <= read.length(); ) {
            if (!isUnitWord(read, at, u)) {
                at++;
                continue;
            }
            boolean startsLine = at == 0 || read.charAt(at - 1) == '\n';
            String name = read.substring(at, at + 2);
            if (isPlace(name, unit, read, startsLine)) {
                return name + unit;
            }
            at += 4; // as a regex's next find: after the word
        }
        return "";
    }

    /**
     * Where the first slogan list starts (文化万安、开放万安、活力万安: two Chinese characters and the
     * same two, three times, joined by 、), or -1. Every list has a 、 after its first item, so only
     * the places four chars before one are tried, in order.
     */
    private static int sloganAt(String read) {
        for (int comma = read.indexOf('、', 4); comma >= 0; comma = read.indexOf('、', comma + 1)) {
            int at = comma - 4;
            if (at + SLOGAN_LENGTH <= read.length() && isSlogan(read, at)) {
                return at;
            }
        }
        return -1;
    }

    private static boolean isSlogan(String s, int at) {
        char first = s.charAt(at + 2);
        char second = s.charAt(at + 3);
        return isHan(s.charAt(at)) && isHan(s.charAt(at + 1)) && isHan(first) && isHan(second)
                && isHan(s.charAt(at + 5)) && isHan(s.charAt(at + 6)) && s.charAt(at + 7) == first && s.charAt(at + 8) == second
                && s.charAt(at + 9) == '、'
                && isHan(s.charAt(at + 10)) && isHan(s.charAt(at + 11)) && s.charAt(at + 12) == first && s.charAt(at + 13) == second;
    }

    /** Whether two Chinese characters at {@code at} stand before a word made of the unit (集镇, 镇域, 镇区, 村庄). */
    private static boolean isUnitWord(String s, int at, char unit) {
        char third = s.charAt(at + 2);
        char fourth = s.charAt(at + 3);
        return (third == '集' && fourth == unit || third == unit && AFTER_UNIT.indexOf(fourth) >= 0)
                && isHan(s.charAt(at)) && isHan(s.charAt(at + 1));
    }

    /** A char of the CJK Unified Ideographs block (U+4E00 to U+9FFF), as the patterns this replaced read them. */
    private static boolean isHan(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }

    private static boolean isPlace(String name, String unit, String read, boolean startsLine) {
        if (NOT_A_NAME_EDGE.indexOf(name.charAt(0)) >= 0 || NOT_A_NAME_EDGE.indexOf(name.charAt(1)) >= 0
                || count(read, name) < MIN_MENTIONS) {
            return false;
        }
        String area = name + unit;
        return Gazetteer.bundled().lookup(area).stream().anyMatch(d -> d.name().equals(area))
                || startsLine && !isListedUnit(unit);
    }

    /** Whether the gazetteer lists divisions of this unit (乡, 镇, 街道 …): then it is asked, not a line's start. */
    private static boolean isListedUnit(String unit) {
        return "乡镇".contains(unit);
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            n++;
        }
        return n;
    }
}
