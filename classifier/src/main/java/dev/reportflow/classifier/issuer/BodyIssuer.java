package dev.reportflow.classifier.issuer;

import dev.reportflow.classifier.Evidence;
import dev.reportflow.classifier.Issuer;
import dev.reportflow.classifier.rules.Rules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * From a body found in a report to its issuer: the name cleaned of a page's chrome and completed (a
 * party branch stands for its place, a bare kind for the institution the text names most, a
 * government for its area), the level ({@link LevelResolver}), and the department: its alias's, a
 * state-assets body for a company named state-owned, else the one the report's vocabulary points to.
 */
final class BodyIssuer {

    /**
     * The state-owned assets code. It is topic-only (never inferred from a report's words), but a
     * company or group whose own name says it is state-owned (国有资本投资运营集团, 城投公司) is of it.
     */
    private static final String STATE_ASSETS = "state_assets";
    private static final Pattern GRASS_ROOTS_PARTY_BRANCH = Pattern.compile("(.*?(?:社区|村|嘎查))(?:党支部|党总支|党委|支部委员会)");
    /** Kinds of institution a report may call itself by without its name ("学校坚持…"). */
    private static final List<String> BARE_KINDS = List.of("学校", "中学", "小学", "医院", "卫生院", "学院", "大学", "幼儿园");
    /** Marks that end a web page's label or breadcrumb ("标题:", "首页 > 政务公开 >", "名称: |") before a name. */
    private static final String LABEL_ENDS = ":>|》»";
    private static final String LEADING_DASHES = "—-–―";
    /** A document viewer's page mark run into a name's front (第1页共3页区园林管理局). */
    private static final Pattern PAGE_MARK = Pattern.compile("^第\\d+页(?:共\\d+页)?");
    /** Characters a page's chrome leaves stuck to a name's front (第1页区妇联, 我们学院). */
    private static final String STRAY_PREFIXES = "页们";
    /** The party's name before a party committee's area (中共XX乡委员会 is XX乡's). */
    private static final List<String> PARTY_PREFIXES = List.of("中国共产党", "中国共产D", "中共");

    /** The committees of a village or community, written after its name (XX村村民委员会, XX社区社区居委会). */
    private static final List<String> PLACE_COMMITTEES = List.of("村民委员会", "村委会", "社区居民委员会", "社区居委会",
            "居民委员会", "居委会");

    private final Rules rules;
    private final ContentDepartments departments;

    BodyIssuer(Rules rules, ContentDepartments departments) {
        this.rules = rules;
        this.departments = departments;
    }

    /** The issuer a found body stands for, with evidence naming {@code rule} and scored {@code score}. */
    Issuer of(BodyMention body, String rule, double score, IssuerClues clues) {
        LevelResolver.Resolved level = clues.level(body);
        String name = isBareBranch(body) ? "" : withoutPageLabels(body.name());
        String department = body.department();
        Map<String, Integer> terms = new LinkedHashMap<>();
        terms.put(body.alias(), 1);
        String detail = rule.equals("issuer.title") ? "the title names the body" : "the text names the body";
        Matcher branch = GRASS_ROOTS_PARTY_BRANCH.matcher(name);
        if (branch.matches()) {
            // a community's or village's party branch and its committee are one body: the place reports
            name = branch.group(1);
            department = Mentions.GOVERNMENT;
            detail = "the party branch of a community or village reports for the place";
        } else if (isBareKind(name)) {
            String kind = body.alias();
            String named = mostNamedOfKind(kind, clues);
            if (!named.isEmpty()) {
                name = named;
                detail = "the text calls itself " + body.name() + " and names " + named + " most often";
            } else {
                BodyMention first = clues.firstNamedOfKind(body);
                if (first != null) {
                    name = first.name();
                    detail = "the text calls itself " + body.name() + " and names " + name;
                }
            }
        }
        if (Mentions.GOVERNMENT.equals(department)) {
            name = areaName(name);
            if (AdminLevel.isUnitWord(name)) {
                // the area's name was left out (named elsewhere in the text) or masked (kept as XX镇)
                String named = MostNamedPlace.of(name, clues.lines, clues.start, clues.end);
                name = orPlaceholder(named.isEmpty() ? ShortPlaceName.of(name, clues.lines, clues.start, clues.end) : named, name);
            }
        } else if (body.isGenericReference() && rules.department(department) != null) {
            name = AdminLevel.unitWord(level.level()) + rules.department(department).bodyName();
            detail = "the report speaks of its " + rules.department(department).nameZh() + " department";
        }
        if (Rules.FROM_CONTENT.equals(department) && isStateOwned(name) && rules.department(STATE_ASSETS) != null) {
            terms.put(STATE_ASSETS, 1);
            return new Issuer(name, level.level(), STATE_ASSETS, evidence("issuer.state-owned",
                    score * IssuerConfidence.STATE_OWNED_FACTOR, terms,
                    "an enterprise whose name says it is state-owned (国有, 国投, 城投): a state-assets body", level));
        }
        if (department == null || Rules.FROM_CONTENT.equals(department)) {
            String inferred = departments.ofReport(clues.tally.topics(), clues.title);
            if (inferred != null) {
                terms.putAll(clues.tally.topics().terms(inferred));
                return new Issuer(name, level.level(), inferred, evidence("issuer.department-from-content",
                        score * IssuerConfidence.DEPARTMENT_FROM_CONTENT_FACTOR, terms,
                        "the body's name tells no department; its report's vocabulary does", level));
            }
            return new Issuer(name, level.level(), Issuer.UNASSIGNED, evidence(rule, IssuerConfidence.NAME_WITHOUT_DEPARTMENT,
                    terms, "the body's name tells no department and its vocabulary is not convincing", level));
        }
        return new Issuer(name, level.level(), department, evidence(rule, score, terms, detail, level));
    }

    /** The area a government mention names, when it is of the title's unit (XX乡人民政府 for 乡), or null. */
    String areaOfUnit(BodyMention mention, String unit) {
        if (mention == null || !Mentions.GOVERNMENT.equals(mention.department())) {
            return null;
        }
        String area = areaName(mention.name());
        return area.endsWith(unit) ? area : null;
    }

    /** "XX市XX镇人民政府" → "XX镇", "中共XX乡委员会" → "XX乡": the last administrative unit written, with its name. */
    String areaName(String name) {
        name = withoutCommittee(name);
        List<int[]> units = new ArrayList<>();
        rules.adminUnits().scan(name, 0, name.length(), (String level, String term, int s, int e) -> units.add(new int[] {s, e}));
        if (units.isEmpty()) {
            return name;
        }
        int[] last = units.get(units.size() - 1);
        int from = units.size() > 1 ? units.get(units.size() - 2)[1] : 0;
        String area = name.substring(from, last[1]);
        for (String party : PARTY_PREFIXES) {
            if (area.startsWith(party)) {
                return area.substring(party.length());
            }
        }
        return area;
    }

    /**
     * "牛车湾村村民委员会" → "牛车湾村": a village's or community's committee written after the place's own
     * name starts with the unit again (村民委员会, 社区居委会), which must not be read as a second, nameless 村.
     */
    private String withoutCommittee(String name) {
        for (String committee : PLACE_COMMITTEES) {
            if (name.endsWith(committee) && name.length() > committee.length()) {
                String place = name.substring(0, name.length() - committee.length());
                String[] unitAtEnd = {null};
                rules.adminUnits().scan(place, 0, place.length(), (String level, String term, int s, int e) -> {
                    if (e == place.length()) {
                        unitAtEnd[0] = term;
                    }
                });
                if (unitAtEnd[0] != null && place.length() > unitAtEnd[0].length()) {
                    return place;
                }
            }
        }
        return name;
    }

    /**
     * A space after a page's label (内容概述 华庄街道…): a name never holds one, but an area and its body may
     * stand apart (XX县 财政局), so a space after a unit word is no label's end.
     */
    private static boolean isLabelSpace(String name, int at) {
        return Character.isWhitespace(name.charAt(at)) && at > 0 && !Character.isWhitespace(name.charAt(at - 1))
                && !AdminLevel.isUnitWord(name.substring(at - 1, at)) && name.substring(at).strip().length() > 2;
    }

    /** A name found, or "XX" and the unit when none was (the area's name masked or left out). */
    static String orPlaceholder(String named, String unit) {
        return named.isEmpty() ? "XX" + unit : named;
    }

    /** The evidence of an issuer: its own words first, then the level's, and both rules in the detail. */
    static Evidence evidence(String rule, double score, Map<String, Integer> terms, String detail,
                             LevelResolver.Resolved level) {
        Map<String, Integer> all = new LinkedHashMap<>(terms);
        level.terms().forEach(all::putIfAbsent);
        return new Evidence(rule, score, all, detail + "; " + level.rule() + " → " + level.level());
    }

    /** A name as a page wrote it, without the label, breadcrumb or page number run into its front. */
    static String withoutPageLabels(String name) {
        int cut = 0;
        for (int i = 0; i < name.length(); i++) {
            if (LABEL_ENDS.indexOf(name.charAt(i)) >= 0 || isLabelSpace(name, i)) {
                cut = i + 1;
            }
        }
        String rest = PAGE_MARK.matcher(name.substring(cut).strip()).replaceFirst("");
        while (!rest.isEmpty() && LEADING_DASHES.indexOf(rest.charAt(0)) >= 0) {
            rest = rest.substring(1); // a subtitle's dash: "——XX镇第三小学2017学年…"
        }
        while (rest.length() > 2 && STRAY_PREFIXES.indexOf(rest.charAt(0)) >= 0) {
            rest = rest.substring(1);
        }
        return rest.isEmpty() ? name : rest;
    }

    /**
     * "我分局", "分局认真贯彻…": a branch word with nothing before it says the body is some body's branch,
     * not which one; like 我局 it is never a name.
     */
    private boolean isBareBranch(BodyMention body) {
        if (body.aliasStart() != 0 || !body.name().equals(body.alias())) {
            return false;
        }
        for (var hit : rules.issuerAliases().find(body.alias())) {
            if (hit.term().equals(body.alias()) && Rules.BRANCH.equals(hit.payload())) {
                return true;
            }
        }
        return false;
    }

    /** A kind with no name before it: 学校, or kinds written one after the other (中学学校, a page's "中学的学校"). */
    private static boolean isBareKind(String name) {
        String rest = name;
        for (boolean cut = true; cut && !rest.isEmpty(); ) {
            cut = false;
            for (String kind : BARE_KINDS) {
                if (rest.endsWith(kind)) {
                    rest = rest.substring(0, rest.length() - kind.length());
                    cut = true;
                    break;
                }
            }
        }
        return rest.isEmpty() && !name.isEmpty();
    }

    /**
     * The institution of a bare kind the text names most (学校 → the 中学 or 小学 it names most), or "". A
     * phrase that names no body (争创三级乙等中医医院: a grade of hospital) is no institution's name.
     */
    private String mostNamedOfKind(String kind, IssuerClues clues) {
        List<String> kinds = kind.equals("学校") ? List.of("中学", "小学", "学校") : List.of(kind);
        for (String k : kinds) {
            String named = MostNamedPlace.of(k, clues.lines, clues.start, clues.end);
            if (!named.isEmpty() && !namesNoBody(named)) {
                return named;
            }
        }
        return "";
    }

    private boolean namesNoBody(String phrase) {
        boolean[] none = {false};
        rules.issuerAliases().scan(phrase, 0, phrase.length(), (String code, String alias, int s, int e) ->
                none[0] |= Rules.NO_BODY.equals(code));
        return none[0];
    }

    private boolean isStateOwned(String name) {
        for (String marker : rules.stateOwnedMarkers()) {
            if (name.contains(marker)) {
                return true;
            }
        }
        return false;
    }
}
