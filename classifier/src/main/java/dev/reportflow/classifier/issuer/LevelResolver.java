package dev.reportflow.classifier.issuer;

import dev.reportflow.classifier.Evidence;
import dev.reportflow.classifier.report.ReportTally;
import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.classifier.text.Folding;
import dev.reportflow.classifier.text.Lexicon;
import dev.reportflow.classifier.text.TextLines;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The administrative level of an issuing body: from its body type where that decides (派出所,
 * 医院, 公司), else from the last administrative unit written before the body (XX市XX镇 → town),
 * else from the level the report speaks of itself at (我县, 全区). A 市 body is a city's (prefecture
 * level) by default; it is taken for a county-level city's only on positive evidence: the report
 * names a city above it (阜阳市委, 南通市下达, 位列怀化市第一) or a 州's organ (州委, 州林业和草原局), calls itself 县级市 or ranks in the
 * province's 县域, or lists townships as the 市's own subdivisions (各乡镇, 镇（街道）) with no county
 * or district under it. Mere talk of 乡镇 is no evidence.
 */
final class LevelResolver {

    private final Rules rules;

    LevelResolver(Rules rules) {
        this.rules = rules;
    }

    /** A level and why. */
    record Resolved(String level, String rule, Map<String, Integer> terms) {
    }

    Resolved resolve(BodyMention body, ReportTally tally, TextLines lines, int from, int to) {
        if (body != null) {
            String byType = lastMatch(rules.bodyTypes(), body.name(), 0, body.name().length());
            if (byType != null) {
                return new Resolved(byType, "level.body-type", Map.of(body.name(), 1));
            }
            boolean government = "general_government".equals(body.department());
            int unitsEnd = government || body.alias().length() == body.name().length() ? body.name().length() : body.aliasStart();
            UnitMention unit = lastUnit(body.name(), unitsEnd);
            if (unit != null && rules.zoneWords().contains(unit.word()) && !isBranch(body)) {
                return zoneLevel(body, unit, tally);
            }
            if (unit != null && AdminLevel.CITY.equals(unit.level()) && isBranchOfCityBody(body)) {
                return new Resolved(AdminLevel.DISTRICT, "level.city-body-branch", Map.of(body.name(), 1));
            }
            if (unit != null) {
                boolean prefecture = !unit.word().equals("市"); // 州, 盟, 地区 bodies
                return cityChecked(new Resolved(unit.level(), "level.unit-in-name", Map.of(body.name(), 1)), tally, lines,
                        from, to, prefecture);
            }
        }
        return regionChecked(cityChecked(fromSelfReferences(tally), tally, lines, from, to, false), tally, lines, from, to);
    }

    /** The organs of an autonomous region (自治区党委、政府), which a report of the region answers to. */
    private static final List<String> REGION_ORGANS = List.of("自治区党委", "自治区人民政府", "自治区政府");

    /**
     * 全区 in a report that answers to the autonomous region's organs (在自治区党委、政府的坚强领导下) and to
     * no district's or city's (区委, 市委) is the region's whole: its level is a province's.
     */
    private static Resolved regionChecked(Resolved r, ReportTally tally, TextLines lines, int from, int to) {
        Map<String, Integer> organs = tally.areaMentions();
        if (!r.level().equals(AdminLevel.DISTRICT) || organs.getOrDefault(AdminLevel.DISTRICT, 0) > 0
                || organs.getOrDefault(AdminLevel.CITY, 0) > 0) {
            return r;
        }
        for (int i = from; i <= to; i++) {
            String line = lines.folded(i);
            for (String organ : REGION_ORGANS) {
                if (line.contains(organ)) {
                    Map<String, Integer> terms = new LinkedHashMap<>(r.terms());
                    terms.put(organ, 1);
                    return new Resolved("province", "level.autonomous-region", terms);
                }
            }
        }
        return r;
    }

    /**
     * A development zone (开发区, 高新区) is run by a committee that the government setting it up sends
     * out, and is of that government's level: the unit written before the zone (XX县经济开发区 → county),
     * else the level the report answers to (县委、县政府), its 全区 being the zone's own and no district's.
     * The words a government's own bureau writes for its level (县委县政府, 全县) are the zone's superior's
     * too, so they count with the organs it names.
     */
    private Resolved zoneLevel(BodyMention body, UnitMention zone, ReportTally tally) {
        UnitMention parent = lastUnit(body.name(), zone.start());
        if (parent != null) {
            return new Resolved(parent.level(), "level.zone-of-unit", Map.of(body.name(), 1));
        }
        Map<String, Integer> organs = new LinkedHashMap<>(tally.areaMentions());
        tally.ownAreaVotes().forEach((level, n) -> {
            if (!AdminLevel.unitWord(level).isEmpty()) {
                organs.merge(level, n, Integer::sum);
            }
        });
        organs.remove(AdminLevel.DISTRICT);
        String best = organs.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(AdminLevel.DISTRICT);
        Map<String, Integer> terms = new LinkedHashMap<>();
        organs.forEach((level, n) -> terms.put("organs:" + level, n));
        return new Resolved(best, "level.zone-answers-to", terms);
    }

    /**
     * The level a report speaks of itself at: its own-area words (我县, 全区) first, the organs it
     * names (县委, 区政府) only when it has none; ties go to the organs' count.
     */
    Resolved fromSelfReferences(ReportTally tally) {
        Map<String, Integer> own = tally.ownAreaVotes();
        Map<String, Integer> organs = tally.areaMentions();
        Map<String, Integer> votes = own.isEmpty() ? organs : own;
        String best = AdminLevel.UNKNOWN;
        int bestVotes = 0;
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            int v = e.getValue();
            if (v > bestVotes || v == bestVotes && organs.getOrDefault(e.getKey(), 0) > organs.getOrDefault(best, 0)) {
                best = e.getKey();
                bestVotes = v;
            }
        }
        Map<String, Integer> terms = new LinkedHashMap<>();
        own.forEach((level, n) -> terms.put("own-area:" + level, n));
        organs.forEach((level, n) -> terms.put("organs:" + level, n));
        return new Resolved(best, bestVotes > 0 ? "level.self-reference" : "level.none", terms);
    }

    /**
     * {@code prefecture}: the body is a 州's (or 盟's, 地区's) own, so a 州 organ it names is its own, not
     * one above it.
     */
    private Resolved cityChecked(Resolved r, ReportTally tally, TextLines lines, int from, int to, boolean prefecture) {
        if (!r.level().equals(AdminLevel.CITY)) {
            return r;
        }
        boolean superior = namesSuperiorCity(lines, from, to) || !prefecture && namesSuperiorPrefecture(lines, from, to);
        if (superior || tally.prefectureHints() == 0 && tally.countyCityHints() > 0) {
            Map<String, Integer> terms = new LinkedHashMap<>(r.terms());
            terms.put("townships-under-city", tally.countyCityHints());
            terms.put("city-above", superior ? 1 : 0);
            return new Resolved(AdminLevel.COUNTY, "level.county-level-city", terms);
        }
        return r;
    }

    /**
     * A branch (分局) of a city's body (XX市公安局XX分局): it serves one of the city's districts. The name
     * holds a body's alias between the city and the branch word.
     */
    private boolean isBranchOfCityBody(BodyMention body) {
        if (!isBranch(body)) {
            return false;
        }
        boolean[] parent = {false};
        rules.issuerAliases().scan(body.name(), 0, body.aliasStart(), (String c, String t, int s, int e) -> {
            if (!Rules.BRANCH.equals(c) && !Rules.NO_BODY.equals(c)) {
                parent[0] = true;
            }
        });
        return parent[0];
    }

    /** Whether the body is a branch (分局) of another, by its alias. */
    private boolean isBranch(BodyMention body) {
        String[] code = {null};
        rules.issuerAliases().scan(body.alias(), 0, body.alias().length(), (String c, String t, int s, int e) -> {
            if (s == 0 && e == body.alias().length()) {
                code[0] = c;
            }
        });
        return Rules.BRANCH.equals(code[0]);
    }

    /** "阜阳市委", "南通市下达我市": a named city (not the report's own XX市) the issuer answers to. */
    private boolean namesSuperiorCity(TextLines lines, int from, int to) {
        List<String> markers = rules.superiorCityMarkers();
        String notName = rules.notInCityNames();
        for (int i = from; i <= to; i++) {
            String line = lines.folded(i);
            for (int at = line.indexOf('市'); at >= 0; at = line.indexOf('市', at + 1)) {
                if (at >= 2 && isPlaceChar(line.charAt(at - 1), notName) && isPlaceChar(line.charAt(at - 2), notName)
                        && !afterVerb(line, at)) {
                    for (String marker : markers) {
                        if (line.startsWith(marker, at + 1)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /**
     * "州委", "州林业和草原局": an organ of an autonomous prefecture (州), which only stands above a
     * county-level city. The prefecture's name is not needed: 州 followed by an organ (贵州省, 苏州市 are
     * followed by their own unit, not by one).
     */
    private boolean namesSuperiorPrefecture(TextLines lines, int from, int to) {
        List<String> organs = rules.prefectureOrgans();
        for (int i = from; i <= to; i++) {
            String line = lines.folded(i);
            for (int at = line.indexOf('州'); at >= 0; at = line.indexOf('州', at + 1)) {
                for (String organ : organs) {
                    if (line.startsWith(organ, at + 1)) {
                        return true;
                    }
                }
                if (bureauAt(line, at + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a bureau's name (an alias ending in 局) starts at {@code at}: 州林业和草原局. */
    private boolean bureauAt(String line, int at) {
        boolean[] found = {false};
        rules.issuerAliases().scan(line, at, Math.min(line.length(), at + MAX_BUREAU_ALIAS), (String c, String t, int s, int e) ->
                found[0] |= s == at && t.endsWith("局") && !Rules.NO_BODY.equals(c));
        return found[0];
    }

    private static final int MAX_BUREAU_ALIAS = 12;

    /** "围绕市委", "落实市委": a verb before 市 is no city's name; the 市委 is the issuer's own. */
    private boolean afterVerb(String line, int at) {
        for (int length = 2; length <= 3 && length <= at; length++) {
            if (rules.nameStopVerbs().contains(line.substring(at - length, at))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlaceChar(char c, String notName) {
        return Folding.isHan(c) && notName.indexOf(c) < 0;
    }

    /** An administrative unit written in a name: its word (市, 州, 开发区 …), its level and where it starts. */
    private record UnitMention(String word, String level, int start) {
    }

    /** Common words that hold a unit's character but name no unit (农村粮食局 is no village's, 城乡建设 no township's). */
    private static final List<String> WORDS_NOT_UNITS = List.of("农村", "乡村", "城乡", "城镇");

    /** The last administrative unit written in a name before {@code to}, or null. */
    private UnitMention lastUnit(String name, int to) {
        UnitMention[] last = {null};
        rules.adminUnits().scan(name, 0, to, (String level, String term, int s, int e) -> {
            if (!insideWord(name, s, e)) {
                last[0] = new UnitMention(term, level, s);
            }
        });
        return last[0];
    }

    private static boolean insideWord(String name, int s, int e) {
        for (String word : WORDS_NOT_UNITS) {
            for (int at = Math.max(0, e - word.length()); at <= s && at + word.length() <= name.length(); at++) {
                if (name.startsWith(word, at) && at + word.length() >= e) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String lastMatch(Lexicon<String> lexicon, String text, int from, int to) {
        String[] last = {null};
        lexicon.scan(text, from, to, (String level, String term, int s, int e) -> last[0] = level);
        return last[0];
    }

    /** The levels' evidence, for the issuer's. */
    static Evidence evidence(Resolved r) {
        return new Evidence(r.rule(), 1, r.terms(), "level " + r.level());
    }
}
