package dev.reportflow.classifier.issuer;

import dev.reportflow.classifier.gazetteer.Gazetteer;
import dev.reportflow.classifier.text.TextLines;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The name of the area a report speaks for, when its title or opening gives only the unit ("街道
 * 2023年工作总结", "今年以来，我镇…", a page cut before its title): the place of that unit its text
 * names most often, at least twice, or else the first it names once that the gazetteer knows. Words
 * that only look like a place (全镇, 本镇, 乡镇, 城镇, 集镇, 各县区) are not names, nor a period before a
 * kind (2021学年中学).
 */
final class MostNamedPlace {

    /** Characters that make "X镇" a phrase about the unit, not a place's name (全镇, 各乡, 乡镇, 城镇 …). */
    private static final String NOT_A_NAME_EDGE = "全本我该各每乡城集村小市县区省镇街社两一";
    /** Characters that make the unit part of a longer word (乡村, 县域, 市场, 区级, 村民 …). */
    private static final String NOT_AFTER_UNIT = "村域城场民级镇乡里委庄落容貌直";
    /**
     * Words that make "X村" a kind of place, an honour or a campaign's label (试点村, 示范村, 文明村, 贫困村, 行政村), not a
     * place's name: a report repeats them ("美丽乡村"试点村) as often as its own name.
     */
    private static final List<String> KINDS_OF_PLACE = List.of("试点", "示范", "文明", "重点", "贫困", "行政", "自然", "先进",
            "美丽", "特色", "卫生", "明星");
    private static final int MIN_MENTIONS = 2;
    private static final String PARTY = "中共";
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private MostNamedPlace() {
    }

    /** How far into a report its own place is looked for: a report names itself early, and this bounds the work. */
    private static final int READ_LINES = 80;
    private static final int MAX_NAME = 4;

    /**
     * "中共福海街道工作委员会": the party's name written before an area's is no part of the area's name, whether
     * the match took all of 中共 or only its 共.
     */
    private static String withoutParty(String line, int start, String name) {
        if (name.startsWith(PARTY) && name.length() > PARTY.length()) {
            return name.substring(PARTY.length());
        }
        if (name.length() > 1 && name.charAt(0) == PARTY.charAt(1) && start > 0 && line.charAt(start - 1) == PARTY.charAt(0)) {
            return name.substring(1);
        }
        return name;
    }

    /** The units of areas above a place, which end its parent's name when the window reaches into it (珠海市斗门区). */
    private static final String PARENT_UNITS = "省市州县";

    /** "海市斗门" → "斗门": the window of a short name took the end of the parent's name written before it. */
    private static String withoutParent(String name) {
        for (int i = name.length() - 3; i >= 1; i--) {
            if (PARENT_UNITS.indexOf(name.charAt(i)) >= 0) {
                return name.substring(i + 1);
            }
        }
        return name;
    }

    /** The place with unit {@code unit} (镇, 街道, 区 …) named most often in the report's first lines, or "". */
    static String of(String unit, TextLines lines, int start, int end) {
        if (unit.isEmpty()) {
            return "";
        }
        Pattern place = PATTERNS.computeIfAbsent(unit, u -> Pattern.compile("([\\u4e00-\\u9fff]{2,4}?)" + Pattern.quote(u)
                + "(?![" + NOT_AFTER_UNIT + "])"));
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = start; i <= Math.min(end, start + READ_LINES); i++) {
            String line = lines.folded(i);
            // the pattern runs only in a window before each occurrence of the unit: a name is 2–4 characters
            for (int at = line.indexOf(unit, 2); at >= 0; at = line.indexOf(unit, at + unit.length())) {
                Matcher m = place.matcher(line).useTransparentBounds(true)
                        .region(Math.max(0, at - MAX_NAME), Math.min(line.length(), at + unit.length()));
                if (m.find() && m.end() == at + unit.length()) {
                    String name = withoutParent(withoutParty(line, m.start(1), m.group(1)));
                    if (NOT_A_NAME_EDGE.indexOf(name.charAt(0)) < 0
                            && NOT_A_NAME_EDGE.indexOf(name.charAt(name.length() - 1)) < 0
                            && !PeriodWords.endsAt(name, name.length()) && !isKindOfPlace(name)) {
                        counts.merge(name + unit, 1, Integer::sum);
                    }
                }
            }
        }
        String most = counts.entrySet().stream().filter(e -> e.getValue() >= MIN_MENTIONS)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        return most.isEmpty() ? firstKnownDivision(counts.keySet()) : most;
    }

    private static boolean isKindOfPlace(String name) {
        for (String kind : KINDS_OF_PLACE) {
            if (name.endsWith(kind)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A place named once is a name, not a phrase that looks like one, when the gazetteer knows a division
     * of that name (寺家庄镇, written once in a town's report that otherwise says 镇 and 全镇): the first such.
     */
    private static String firstKnownDivision(Iterable<String> namedOnce) {
        for (String name : namedOnce) {
            if (Gazetteer.bundled().lookup(name).stream().anyMatch(d -> d.name().equals(name))) {
                return name;
            }
        }
        return "";
    }
}
