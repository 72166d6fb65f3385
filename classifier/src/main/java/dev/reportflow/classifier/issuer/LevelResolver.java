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
 * names a city above it (阜阳市委, 南通市下达, 位列怀化市第一), calls itself 县级市 or ranks in the
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
            String unit = lastMatch(rules.adminUnits(), body.name(), 0, unitsEnd);
            if (AdminLevel.CITY.equals(unit) && isBranchOfCityBody(body)) {
                return new Resolved(AdminLevel.DISTRICT, "level.city-body-branch", Map.of(body.name(), 1));
            }
            if (unit != null) {
                return cityChecked(new Resolved(unit, "level.unit-in-name", Map.of(body.name(), 1)), tally, lines, from, to);
            }
        }
        return cityChecked(fromSelfReferences(tally), tally, lines, from, to);
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

    private Resolved cityChecked(Resolved r, ReportTally tally, TextLines lines, int from, int to) {
        if (!r.level().equals(AdminLevel.CITY)) {
            return r;
        }
        boolean superior = namesSuperiorCity(lines, from, to);
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
        String[] code = {null};
        rules.issuerAliases().scan(body.alias(), 0, body.alias().length(), (String c, String t, int s, int e) -> {
            if (s == 0 && e == body.alias().length()) {
                code[0] = c;
            }
        });
        if (!Rules.BRANCH.equals(code[0])) {
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
