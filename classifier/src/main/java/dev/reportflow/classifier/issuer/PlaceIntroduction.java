package dev.reportflow.classifier.issuer;

import dev.reportflow.classifier.text.TextLines;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a grass-roots area given where the report introduces it: a paragraph that opens with
 * the place's short name and says what it is ("炎山是昭阳区西部的一个贫困乡", "XX地处…，是一个农业大镇").
 * Reports to visiting leaders and 基本情况 sections introduce their area so, often without ever
 * writing the unit after the name.
 */
final class PlaceIntroduction {

    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();
    /** Characters that make the opening words a phrase about the unit, not a name (全乡, 我镇, 今年). */
    private static final String NOT_A_NAME_START = "全本我该各每今去近这此";

    private PlaceIntroduction() {
    }

    /**
     * "炎山乡" for unit 乡 from a line "炎山是…的一个贫困乡。" among {@code where}, or "". A name written with its
     * unit needs no 一个…乡 to say what it is: "西庄村位于泽州县周村镇北部…" introduces 西庄村.
     */
    static String of(String unit, TextLines lines, List<Integer> where) {
        Pattern intro = PATTERNS.computeIfAbsent(unit, u -> Pattern.compile("^([\\u4e00-\\u9fff]{2,4}?)(?:(?:" + Pattern.quote(u)
                + ")?(?:是|位于|地处)[^。;]{0,24}?一个[^。;,]{0,8}?" + Pattern.quote(u) + "(?:[。,;]|$)|" + Pattern.quote(u)
                + "(?:位于|地处))"));
        for (int i : where) {
            Matcher m = intro.matcher(lines.foldedTrimmed(i));
            if (m.find() && NOT_A_NAME_START.indexOf(m.group(1).charAt(0)) < 0) {
                return m.group(1) + unit;
            }
        }
        return "";
    }
}
