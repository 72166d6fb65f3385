package dev.reportflow.classifier.issuer;

import dev.reportflow.classifier.text.TextLines;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The government that delivers a report to its people's congress (政府工作报告): the area its title
 * names before 政府工作报告, else read from the lines that open such a report, since its title often
 * names no body:
 * the occasion ("——2023年2月2日在长沙县第十八届人民代表大会第三次会议上"), the delegation ("现在，我代表
 * 县人民政府向大会报告工作") and the speaker ("县长 陈永高", "自治区代主席 乌云其木格"). The occasion names
 * the area; the delegation or the speaker's office gives at least its unit (县) when the occasion is
 * not there or masked.
 */
final class CongressSpeaker {

    /**
     * How many lines past the report's start the occasion and speaker may stand, and how many above
     * it (a report whose first heading was taken for its start, under the speaker's lines).
     */
    private static final int REACH = 16;
    private static final int REACH_ABOVE = 8;
    private static final String CONGRESS = "人民代表大会";
    /**
     * The speaker's line: an office of up to 20 characters, the office word and a name; a two-character
     * name may be spaced out to the width of a three-character one ("北京市市长 殷 勇").
     */
    private static final int MAX_SPEAKER_LINE = 32;
    /** The area a congress report's title names before 政府工作报告 ("(广东省)2020年大埔县人民政府工作报告(全文)"). */
    private static final Pattern TITLE_AREA = Pattern.compile(
            "([^\\s()0-9年]{1,20}?(?:自治区|自治州|自治县|省|市|州|盟|地区|区|县|旗|镇|乡|街道))(?:人民)?政府工作报告");
    private static final Pattern OCCASION = Pattern.compile(
            "在(.{2,24}?)(?:第[一二三四五六七八九十百零〇0-9]+届)?人民代表大会");
    private static final Pattern DELEGATION = Pattern.compile("我代表(.{0,20}?)(?:人民政府|政府)");
    /** The words {@link #DELEGATION} starts with: a line without them is not tried (most lines of a report). */
    private static final String DELEGATES = "我代表";
    private static final Pattern SPEAKER = Pattern.compile(
            "^(.{0,20}?)(?:代理|代)?(省长|自治区主席|主席|市长|州长|盟长|区长|县长|旗长|镇长|乡长)\\s*(?:\\S{1,4}|\\S\\s\\S)$");

    private CongressSpeaker() {
    }

    /**
     * The area whose government delivers the report (长沙县, XX镇, or a bare unit such as 县 when the
     * text names none), or null when the opening is not a congress report's.
     */
    static String area(String title, TextLines lines, int start, int end) {
        if (title.contains("政府工作报告")) {
            Matcher inTitle = TITLE_AREA.matcher(title);
            if (inTitle.find()) {
                return inTitle.group(1);
            }
        }
        String delegated = null;
        String speakerUnit = null;
        for (int i = Math.max(0, start - REACH_ABOVE); i <= Math.min(end, start + REACH); i++) {
            String line = lines.foldedTrimmed(i);
            if (i < end && lines.foldedTrimmed(i + 1).startsWith(CONGRESS)) {
                // the occasion set over two lines: "——2025年1月14日在北京市第十六届" / "人民代表大会第三次会议上"
                line = line + lines.foldedTrimmed(i + 1);
            }
            // the patterns run only on lines that can hold them: most reports have none
            if (line.contains(CONGRESS)) {
                Matcher occasion = OCCASION.matcher(line);
                if (occasion.find() && !occasion.group(1).contains("职工")) {
                    return occasion.group(1);
                }
            }
            if (delegated == null && line.contains(DELEGATES)) {
                Matcher delegation = DELEGATION.matcher(line);
                if (delegation.find()) {
                    delegated = delegation.group(1).strip();
                }
            }
            if (speakerUnit == null && line.length() <= MAX_SPEAKER_LINE && (line.indexOf('长') >= 0 || line.contains("主席"))) {
                Matcher speaker = SPEAKER.matcher(line);
                if (speaker.find()) {
                    speakerUnit = speaker.group(1).isBlank() ? unitOf(speaker.group(2)) : speaker.group(1).strip();
                }
            }
        }
        // "我代表市人民政府" after "包头市人民政府市长 孙炜东": the line that names the area wins over a bare unit
        if (delegated != null && !delegated.isEmpty() && !(AdminLevel.isUnitWord(delegated) && speakerUnit != null
                && !AdminLevel.isUnitWord(speakerUnit))) {
            return delegated;
        }
        return speakerUnit;
    }

    /** The unit a head of government heads: 县长 → 县, 主席 (of an autonomous region) → 自治区. */
    private static String unitOf(String office) {
        return switch (office) {
            case "省长" -> "省";
            case "自治区主席", "主席" -> "自治区";
            case "市长" -> "市";
            case "州长" -> "州";
            case "盟长" -> "盟";
            case "区长" -> "区";
            case "县长" -> "县";
            case "旗长" -> "旗";
            case "镇长" -> "镇";
            default -> "乡";
        };
    }
}
