package dev.reportflow.classifier.issuer;

import java.util.Map;
import java.util.Set;

/** The administrative levels of the classify contract and the unit word each is written with. */
public final class AdminLevel {

    public static final String UNKNOWN = "unknown";
    public static final String CITY = "city";
    public static final String COUNTY = "county";
    public static final String DISTRICT = "district";

    private static final Map<String, String> UNIT_WORD = Map.of(
            "province", "省", CITY, "市", DISTRICT, "区", COUNTY, "县", "township", "乡", "town", "镇",
            "subdistrict", "街道", "community", "社区", "village", "村");
    /**
     * The other words areas of those levels are written with (admin-levels.tsv's units, its zones aside): a
     * bare 自治县 or 旗 (我代表旗人民政府) names no area either.
     */
    private static final Set<String> OTHER_UNIT_WORDS = Set.of("自治区", "州", "自治州", "盟", "地区", "自治县", "旗",
            "民族乡", "苏木", "嘎查");

    private AdminLevel() {
    }

    /** 县 for county …; empty for levels that are no area (enterprise, institution, unknown). */
    public static String unitWord(String level) {
        return UNIT_WORD.getOrDefault(level, "");
    }

    /** Whether {@code word} is a bare unit (乡, 街道) with no name before it. */
    public static boolean isUnitWord(String word) {
        return UNIT_WORD.containsValue(word) || OTHER_UNIT_WORDS.contains(word);
    }

    /** Levels whose units have governments of their own (a 乡 report is its government's). */
    public static boolean isGrassRoots(String level) {
        return level.equals("township") || level.equals("town") || level.equals("subdistrict")
                || level.equals("community") || level.equals("village");
    }
}
