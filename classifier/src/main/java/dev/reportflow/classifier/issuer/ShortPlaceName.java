package dev.reportflow.classifier.issuer;

import dev.reportflow.classifier.gazetteer.Gazetteer;
import dev.reportflow.classifier.text.TextLines;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern SLOGAN = Pattern.compile("[\\u4e00-\\u9fff]{2}([\\u4e00-\\u9fff]{2})、[\\u4e00-\\u9fff]{2}\\1、[\\u4e00-\\u9fff]{2}\\1");
    private static final Map<String, Pattern> UNIT_WORDS = new ConcurrentHashMap<>();

    private ShortPlaceName() {
    }

    /** "三和镇" for unit 镇 from a text that writes 三和集镇 and 三和 again; or "". */
    static String of(String unit, TextLines lines, int start, int end) {
        if (unit.length() != 1) {
            return "";
        }
        Pattern unitWord = UNIT_WORDS.computeIfAbsent(unit, u -> Pattern.compile("([\\u4e00-\\u9fff]{2})(?:集" + u + "|" + u + "[域区庄])"));
        StringBuilder text = new StringBuilder();
        for (int i = start; i <= Math.min(end, start + READ_LINES) && text.length() < READ_CHARS; i++) {
            text.append(lines.folded(i)).append('\n');
        }
        String read = text.substring(0, Math.min(text.length(), READ_CHARS));
        Matcher slogan = SLOGAN.matcher(read);
        if (slogan.find() && isPlace(slogan.group(1), unit, read, false)) {
            return slogan.group(1) + unit;
        }
        Matcher word = unitWord.matcher(read);
        while (word.find()) {
            boolean startsLine = word.start() == 0 || read.charAt(word.start() - 1) == '\n';
            if (isPlace(word.group(1), unit, read, startsLine)) {
                return word.group(1) + unit;
            }
        }
        return "";
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
