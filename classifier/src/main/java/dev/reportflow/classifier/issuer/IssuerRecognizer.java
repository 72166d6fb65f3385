package dev.reportflow.classifier.issuer;

import dev.reportflow.classifier.Evidence;
import dev.reportflow.classifier.Issuer;
import dev.reportflow.classifier.gazetteer.Gazetteer;
import dev.reportflow.classifier.report.ReportTally;
import dev.reportflow.classifier.rules.DepartmentInfo;
import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.classifier.rules.TitleWord;
import dev.reportflow.classifier.section.TopicTally;
import dev.reportflow.classifier.split.TitleShape;
import dev.reportflow.classifier.text.LineShapes;
import dev.reportflow.classifier.text.TextLines;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises who issued a report, trying in turn: the government whose report to its people's
 * congress this is ({@link CongressSpeaker}: the occasion, 我代表…人民政府, the speaker), when the title
 * names no other body; a body the title names (区审计局, XX县公安局XX派出所);
 * a body the opening paragraph names as its subject (县财政局, 颍东分局; "财政部门" gives the county's
 * 财政局; a bare kind with no name before it, 学校 or 我校, is named by the signature: XX市第二中学);
 * an administrative unit the title starts with (乡 → XX乡; 县 with a topic such as 纪检监察 → the
 * county's body for it); the signature (XX乡人民政府); the title's topic at the level the report
 * speaks of itself at; for a report that calls itself only 我局/我院, the first body of that kind and of
 * a known department named anywhere in its text (lower confidence). Without any of these the issuer
 * is unassigned rather than guessed.
 */
public final class IssuerRecognizer {

    private static final String GOVERNMENT = "general_government";
    /**
     * The state-owned assets code. It is topic-only (never inferred from a report's words), but a
     * company or group whose own name says it is state-owned (国有资本投资运营集团, 城投公司) is of it.
     */
    private static final String STATE_ASSETS = "state_assets";
    /** A department read from the content must lead the next by this much to be believed. */
    private static final double CONTENT_MARGIN = 1.3;
    private static final double CONTENT_MIN_SCORE = 8;
    /** "XX县人民政府：" opens a letter; a longer line ending in a colon is a sentence ("现汇报如下："). */
    private static final int SALUTATION_LENGTH = 20;
    /** The first character of a self-reference (我院, 本局, 该中心). */
    private static final String SELF_MARKERS = "我本该";

    private final Rules rules;
    private final BodyFinder finder;
    private final LevelResolver levels;
    private final PlaceLevel places = new PlaceLevel(Gazetteer.bundled());

    public IssuerRecognizer(Rules rules) {
        this.rules = rules;
        this.finder = new BodyFinder(rules);
        this.levels = new LevelResolver(rules);
    }

    /** The issuer, and where in the title its name ends (0 when the title names none). */
    public record Result(Issuer issuer, int titleBodyEnd) {
    }

    /**
     * @param title        the trimmed folded title ("" when the report has none)
     * @param openingLines the lines (0-based) that open the report's body, before its outline
     */
    public Result recognise(TextLines lines, String title, List<Integer> openingLines, int start, int end,
                            ReportTally tally) {
        return recognise(lines, title, openingLines, List.of(), start, end, tally);
    }

    /**
     * @param profileLines the lines (0-based) of the report's profile section (基本情况, 单位概况), where a
     *                     report that calls itself only 我院/本局 in its opening says what it is
     */
    public Result recognise(TextLines lines, String title, List<Integer> openingLines, List<Integer> profileLines,
                            int start, int end, ReportTally tally) {
        Result found = recogniseByRules(lines, title, openingLines, profileLines, start, end, tally);
        return new Result(places.refine(found.issuer()), found.titleBodyEnd());
    }

    private Result recogniseByRules(TextLines lines, String title, List<Integer> openingLines, List<Integer> profileLines,
                                    int start, int end, ReportTally tally) {
        TitleParts parts = TitleParts.of(title, rules);
        String congressArea = CongressSpeaker.area(title, lines, start, end);
        if (congressArea != null && (parts.regionEnd <= parts.from || title.contains("政府工作报告"))) {
            BodyMention government = new BodyMention(congressArea, GOVERNMENT, congressArea, congressArea.length());
            return new Result(issuerOf(government, "issuer.speaker-line", 0.9, lines, start, end, tally, title, parts),
                    0);
        }
        List<BodyMention> inTitle = parts.regionEnd > parts.from ? finder.inTitle(title, parts.from, parts.regionEnd) : List.of();
        String unit = parts.unitPrefix(rules);
        if (!inTitle.isEmpty() && unit != null && endsWithUnitAfter(inTitle.get(inTitle.size() - 1), title, parts)) {
            inTitle = List.of(); // "XX街道XX社区": the last unit written is the issuing area, not the 街道 before it
        }
        BodyMention self = null;
        if (!inTitle.isEmpty()) {
            BodyMention body = inTitle.get(inTitle.size() - 1);
            if (!isSelfReference(body)) {
                return new Result(issuerOf(body, "issuer.title", 0.95, lines, start, end, tally, title, parts),
                        parts.from + body.name().length());
            }
            self = body;
        }
        BodyMention opening = firstMention(lines, openingLines);
        if (opening != null && isSelfReference(opening)) {
            self = self == null ? opening : self;
            opening = null;
        }
        if (self != null) {
            BodyMention named = namedSelf(self, self.name().substring(1), lines, openingLines, profileLines, start, end);
            if (named != null) {
                return new Result(issuerOf(named, "issuer.self-reference", 0.8, lines, start, end, tally, title, parts), 0);
            }
        }
        if (opening != null && unit == null && isBareAlias(opening)) {
            // "学校坚持…", "推进学校内涵发展": a kind of body and no name before it; the signature names the body
            BodyMention signature = signature(lines, start, end);
            BodyMention named = signature != null && sameBody(opening, lastChar(opening.alias()), signature) ? signature : null;
            if (named != null) {
                return new Result(issuerOf(named, "issuer.signature", 0.7, lines, start, end, tally, title, parts), 0);
            }
        }
        if (opening != null && (unit == null || GOVERNMENT.equals(opening.department()))) {
            return new Result(issuerOf(opening, "issuer.opening-paragraph", 0.8, lines, start, end, tally, title, parts), 0);
        }
        if (unit != null) {
            return new Result(fromTitleUnit(unit, parts, opening, lines, start, end, tally, title), parts.regionEnd);
        }
        BodyMention signature = signature(lines, start, end);
        if (signature != null) {
            return new Result(issuerOf(signature, "issuer.signature", 0.7, lines, start, end, tally, title, parts), 0);
        }
        BodyMention selfRef = self != null ? self : selfWord(lines, openingLines, profileLines);
        if (selfRef != null) {
            BodyMention named = namedInBody(selfRef, selfRef.name().substring(1), lines, start, end);
            if (named != null) {
                return new Result(issuerOf(named, "issuer.body-text", 0.6, lines, start, end, tally, title, parts), 0);
            }
        }
        if (self != null && self.department() != null && rules.department(self.department()) != null) {
            // 我院 named nowhere: its department is known, its name is not, and a self-reference is never a name
            LevelResolver.Resolved level = levels.resolve(self, tally, lines, start, end);
            return new Result(new Issuer("", level.level(), self.department(), evidence("issuer.self-reference", 0.4,
                    Map.of(self.name(), 1), "the report names itself only as " + self.name(), level)), 0);
        }
        LevelResolver.Resolved level = levels.resolve(null, tally, lines, start, end);
        DepartmentInfo topic = topicDepartment(title, parts.from, parts.kindAt);
        if (topic != null) {
            String name = AdminLevel.unitWord(level.level()) + topic.bodyName();
            return new Result(new Issuer(name, level.level(), topic.code(), evidence("issuer.title-topic", 0.5,
                    Map.of(topic.nameZh(), 1), "the title's topic names the department; the text speaks as " + level.level(),
                    level)), 0);
        }
        if (selfRef != null && !AdminLevel.isGrassRoots(level.level())) {
            // "我局" and a body named nowhere: the report's vocabulary, if it is convincing, says which bureau
            String inferred = departmentFromContent(tally.topics(), specialTopicDepartments(title));
            if (inferred != null && rules.department(inferred) != null) {
                Map<String, Integer> terms = new LinkedHashMap<>(tally.topics().terms(inferred));
                terms.put(selfRef.name(), 1);
                return new Result(new Issuer("", level.level(), inferred, evidence("issuer.self-reference-content", 0.45,
                        terms, "the report names itself only as " + selfRef.name() + "; its vocabulary says which department",
                        level)), 0);
            }
        }
        if (AdminLevel.isGrassRoots(level.level())) {
            // A township or town, a subdistrict, community or village speaking of itself (我镇, 全街道):
            // its government reports, whether or not the text says its name
            String name = MostNamedPlace.of(AdminLevel.unitWord(level.level()), lines, start, end);
            return new Result(new Issuer(name, level.level(), GOVERNMENT, evidence("issuer.grass-roots-voice", 0.5,
                    name.isEmpty() ? Map.of() : Map.of(name, 1), "the report speaks as a " + level.level()
                            + (name.isEmpty() ? " and names no body" : " and names " + name + " most often"), level)), 0);
        }
        return new Result(new Issuer("", level.level(), Issuer.UNASSIGNED,
                evidence("issuer.none", 0, Map.of(), "no body is named in the title, opening or signature", level)), 0);
    }

    private Issuer fromTitleUnit(String unit, TitleParts parts, BodyMention opening, TextLines lines, int start, int end,
                                 ReportTally tally, String title) {
        String prefix = title.substring(parts.from, parts.regionEnd).strip();
        BodyMention asUnit = new BodyMention(prefix, GOVERNMENT, prefix, prefix.length());
        LevelResolver.Resolved level = levels.resolve(asUnit, tally, lines, start, end);
        DepartmentInfo topic = AdminLevel.isGrassRoots(level.level()) ? null : topicDepartment(title, parts.regionEnd, parts.kindAt);
        if (topic != null) {
            String name = AdminLevel.unitWord(level.level()) + topic.bodyName();
            // in the order they are written: Map.of's order changes from one JVM to the next
            Map<String, Integer> terms = new LinkedHashMap<>();
            terms.put(prefix, 1);
            terms.put(topic.nameZh(), 1);
            return new Issuer(name, level.level(), topic.code(), evidence("issuer.title-unit-topic", 0.7,
                    terms, "the title names the area and a topic that one department leads", level));
        }
        String name = prefix.length() > unit.length() ? areaName(prefix) : named(opening, unit);
        if (name == null) {
            BodyMention signature = signature(lines, start, end);
            name = named(signature, unit);
        }
        if (name == null) {
            name = orPlaceholder(MostNamedPlace.of(unit, lines, start, end), unit);
        }
        return new Issuer(name, level.level(), GOVERNMENT, evidence("issuer.title-unit", 0.8, Map.of(prefix, 1),
                "the title names an area: its government issued the report", level));
    }

    /** Whether the title's body region goes on past the mention to end with an administrative unit. */
    private static boolean endsWithUnitAfter(BodyMention mention, String title, TitleParts parts) {
        return GOVERNMENT.equals(mention.department()) && parts.from + mention.name().length() < title.substring(0, parts.regionEnd).strip().length();
    }

    /** The area a government mention names, when it is of the title's unit (XX乡人民政府 for 乡). */
    private String named(BodyMention mention, String unit) {
        if (mention == null || !GOVERNMENT.equals(mention.department())) {
            return null;
        }
        String area = areaName(mention.name());
        return area.endsWith(unit) ? area : null;
    }

    private Issuer issuerOf(BodyMention body, String rule, double score, TextLines lines, int start, int end,
                            ReportTally tally, String title, TitleParts parts) {
        LevelResolver.Resolved level = levels.resolve(body, tally, lines, start, end);
        String name = withoutPageLabels(body.name());
        String department = body.department();
        Map<String, Integer> terms = new LinkedHashMap<>();
        terms.put(body.alias(), 1);
        String detail = rule.equals("issuer.title") ? "the title names the body" : "the text names the body";
        Matcher branch = GRASS_ROOTS_PARTY_BRANCH.matcher(name);
        if (branch.matches()) {
            // a community's or village's party branch and its committee are one body: the place reports
            name = branch.group(1);
            department = GOVERNMENT;
            detail = "the party branch of a community or village reports for the place";
        } else if (BARE_KINDS.contains(name)) {
            String named = mostNamedOfKind(name, lines, start, end);
            if (!named.isEmpty()) {
                name = named;
                detail = "the text calls itself " + body.name() + " and names " + named + " most often";
            }
        }
        if (GOVERNMENT.equals(department)) {
            name = areaName(name);
            if (AdminLevel.isUnitWord(name)) {
                // the area's name was left out (named elsewhere in the text) or masked (kept as XX镇)
                name = orPlaceholder(MostNamedPlace.of(name, lines, start, end), name);
            }
        } else if (body.isGenericReference() && rules.department(department) != null) {
            name = AdminLevel.unitWord(level.level()) + rules.department(department).bodyName();
            detail = "the report speaks of its " + rules.department(department).nameZh() + " department";
        }
        if (Rules.FROM_CONTENT.equals(department) && isStateOwned(name) && rules.department(STATE_ASSETS) != null) {
            terms.put(STATE_ASSETS, 1);
            return new Issuer(name, level.level(), STATE_ASSETS, evidence("issuer.state-owned", score * 0.9, terms,
                    "an enterprise whose name says it is state-owned (国有, 国投, 城投): a state-assets body", level));
        }
        if (department == null || Rules.FROM_CONTENT.equals(department)) {
            String inferred = departmentFromContent(tally.topics(), specialTopicDepartments(title));
            if (inferred != null) {
                terms.putAll(tally.topics().terms(inferred));
                return new Issuer(name, level.level(), inferred, evidence("issuer.department-from-content", score * 0.7,
                        terms, "the body's name tells no department; its report's vocabulary does", level));
            }
            return new Issuer(name, level.level(), Issuer.UNASSIGNED, evidence(rule, 0.3, terms,
                    "the body's name tells no department and its vocabulary is not convincing", level));
        }
        return new Issuer(name, level.level(), department, evidence(rule, score, terms, detail, level));
    }

    private static final Pattern GRASS_ROOTS_PARTY_BRANCH = Pattern.compile("(.+?(?:社区|村|嘎查))(?:党支部|党总支|党委|支部委员会)");
    /** Kinds of institution a report may call itself by without its name ("学校坚持…"). */
    private static final List<String> BARE_KINDS = List.of("学校", "中学", "小学", "医院", "卫生院", "学院", "大学", "幼儿园");

    /** The institution of a bare kind the text names most (学校 → the 中学 or 小学 it names most), or "". */
    private static String mostNamedOfKind(String kind, TextLines lines, int start, int end) {
        List<String> kinds = kind.equals("学校") ? List.of("中学", "小学", "学校") : List.of(kind);
        String best = "";
        for (String k : kinds) {
            String named = MostNamedPlace.of(k, lines, start, end);
            if (best.isEmpty()) {
                best = named;
            }
        }
        return best;
    }

    /** Marks that end a web page's label or breadcrumb ("标题:", "首页 > 政务公开 >", "名称: |") before a name. */
    private static final String LABEL_ENDS = ":>|》»";
    /** Characters a page's chrome leaves stuck to a name's front (第1页区妇联, 我们学院). */
    private static final String STRAY_PREFIXES = "页们";

    /** A name as a page wrote it, without the label, breadcrumb or page number run into its front. */
    static String withoutPageLabels(String name) {
        int cut = 0;
        for (int i = 0; i < name.length(); i++) {
            if (LABEL_ENDS.indexOf(name.charAt(i)) >= 0) {
                cut = i + 1;
            }
        }
        String rest = name.substring(cut).strip();
        while (rest.length() > 2 && STRAY_PREFIXES.indexOf(rest.charAt(0)) >= 0) {
            rest = rest.substring(1);
        }
        return rest.isEmpty() ? name : rest;
    }

    private static String orPlaceholder(String named, String unit) {
        return named.isEmpty() ? "XX" + unit : named;
    }

    /** The party's name before a party committee's area (中共XX乡委员会 is XX乡's). */
    private static final List<String> PARTY_PREFIXES = List.of("中国共产党", "中国共产D", "中共");

    /** "XX市XX镇人民政府" → "XX镇", "中共XX乡委员会" → "XX乡": the last administrative unit written, with its name. */
    private String areaName(String name) {
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

    private BodyMention firstMention(TextLines lines, List<Integer> openingLines) {
        for (int i : openingLines) {
            String line = lines.foldedTrimmed(i);
            if (line.endsWith(":") && line.length() <= SALUTATION_LENGTH) {
                continue; // a salutation names the addressee, not the sender
            }
            List<BodyMention> mentions = finder.inSentence(line);
            if (!mentions.isEmpty()) {
                return mentions.get(0);
            }
        }
        return null;
    }

    private boolean isStateOwned(String name) {
        for (String marker : rules.stateOwnedMarkers()) {
            if (name.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /** A self-reference no alias knows (我局, 本中心) in the opening or profile lines, as a body of unknown department. */
    private BodyMention selfWord(TextLines lines, List<Integer> openingLines, List<Integer> profileLines) {
        List<Integer> where = new ArrayList<>(openingLines);
        where.addAll(profileLines);
        for (int i : where) {
            String line = lines.foldedTrimmed(i);
            for (String word : rules.selfReferences()) {
                if (line.contains(word)) {
                    return new BodyMention(word, null, word, 0);
                }
            }
        }
        return null;
    }

    /**
     * The body a self-reference stands for, named anywhere in the report: the first body of its kind
     * and of a known department (no government, no generic enterprise) with a name before its alias.
     */
    private BodyMention namedInBody(BodyMention self, String kind, TextLines lines, int start, int end) {
        for (int i = start + 1; i <= end; i++) {
            if (lines.isBlank(i)) {
                continue;
            }
            for (BodyMention m : finder.inSentence(lines.foldedTrimmed(i))) {
                if (m.department() != null && !Rules.FROM_CONTENT.equals(m.department()) && !GOVERNMENT.equals(m.department())
                        && rules.department(m.department()) != null && sameBody(self, kind, m)) {
                    return m;
                }
            }
        }
        return null;
    }

    /** 我院, 本局, 我委: how a report speaks of itself. It tells the body's kind, never its name. */
    static boolean isSelfReference(BodyMention mention) {
        String name = mention.name();
        return name.length() >= 2 && SELF_MARKERS.indexOf(name.charAt(0)) >= 0;
    }

    /**
     * The name of the body a self-reference stands for: a body of the same kind (its name holds the
     * word after 我/本: 院 in XX县人民医院) and department, named in the opening paragraph, the
     * profile section (基本情况) or the signature, in that order.
     */
    private BodyMention namedSelf(BodyMention self, String kind, TextLines lines, List<Integer> openingLines,
                                  List<Integer> profileLines, int start, int end) {
        List<Integer> where = new ArrayList<>(openingLines);
        where.addAll(profileLines);
        for (int i : where) {
            for (BodyMention m : finder.inSentence(lines.foldedTrimmed(i))) {
                if (sameBody(self, kind, m)) {
                    return m;
                }
            }
        }
        BodyMention signature = signature(lines, start, end);
        return signature != null && sameBody(self, kind, signature) ? signature : null;
    }

    private boolean sameBody(BodyMention self, String kind, BodyMention m) {
        boolean sameDepartment = self.department() == null || Rules.FROM_CONTENT.equals(self.department())
                || self.department().equals(m.department());
        // a name, not a bare kind: something (XX县, 区) stands before the alias ("医院高质量发展" names no body)
        return !isSelfReference(m) && m.aliasStart() > 0 && ofKind(m.name(), kind)
                && sameDepartment && !m.isGenericReference();
    }

    /** Whether a name is of a self-reference's kind: it holds the kind (院 in XX县人民医院) or a word for it (校: 中学). */
    private boolean ofKind(String name, String kind) {
        if (name.contains(kind)) {
            return true;
        }
        for (String word : rules.kindWords(kind)) {
            if (name.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A body named by its alias alone (学校, 医院, 财政局 with nothing before): a kind, not a name. Governments
     * (街道党工委 → XX街道) and generic references (财政部门) have forms of their own.
     */
    private static boolean isBareAlias(BodyMention m) {
        return m.aliasStart() == 0 && m.name().equals(m.alias()) && !isSelfReference(m) && !m.isGenericReference()
                && m.department() != null && !GOVERNMENT.equals(m.department()) && !Rules.FROM_CONTENT.equals(m.department());
    }

    private static String lastChar(String s) {
        return s.substring(s.length() - 1);
    }

    /** The body in the signature block: one of the last short lines, above the date. */
    private BodyMention signature(TextLines lines, int start, int end) {
        int seen = 0;
        for (int i = end; i > start && seen < 3; i--) {
            if (lines.isBlank(i)) {
                continue;
            }
            seen++;
            String line = lines.foldedTrimmed(i);
            if (!LineShapes.isSignatureLike(line)) {
                return null;
            }
            List<BodyMention> mentions = finder.inSentence(line);
            if (!mentions.isEmpty()) {
                return mentions.get(mentions.size() - 1);
            }
        }
        return null;
    }

    /** The department a title's topic belongs to (纪检监察, 数字经济, 政务公开), if one leads clearly. */
    private DepartmentInfo topicDepartment(String title, int from, int to) {
        if (to <= from) {
            return null;
        }
        TopicTally tally = new TopicTally();
        rules.content().scan(title, from, to, (term, text, s, e) -> term.departments().forEach(w -> tally.add(w, text, 1, true)));
        String best = departmentFromContent(tally, Set.of(), 0);
        return best == null ? null : rules.department(best);
    }

    private String departmentFromContent(TopicTally tally, Set<String> excluded) {
        return departmentFromContent(tally, excluded, CONTENT_MIN_SCORE);
    }

    /** The issuing department a vocabulary points to: never a topic-only code, and clearly ahead. */
    private String departmentFromContent(TopicTally tally, Set<String> excluded, double minScore) {
        String best = null;
        double first = 0;
        double second = 0;
        for (Map.Entry<String, Double> e : tally.scores().entrySet()) {
            DepartmentInfo info = rules.department(e.getKey());
            if (info == null || info.topicOnly() || excluded.contains(e.getKey()) || e.getKey().equals(GOVERNMENT)) {
                continue;
            }
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return best != null && first >= minScore && first >= second * CONTENT_MARGIN ? best : null;
    }

    /** The departments of a special topic in the title (党风廉政 → discipline_inspection): not the issuer's sector. */
    private Set<String> specialTopicDepartments(String title) {
        Set<String> codes = new HashSet<>();
        rules.titleWords().scan(title, 0, title.length(), (TitleWord w, String term, int s, int e) -> {
            if (w == TitleWord.SPECIAL_TOPIC) {
                rules.content().scan(term, 0, term.length(), (ct, t, a, b) -> ct.departments().forEach(d -> codes.add(d.department())));
            }
        });
        return codes;
    }

    private static Evidence evidence(String rule, double score, Map<String, Integer> terms, String detail,
                                     LevelResolver.Resolved level) {
        Map<String, Integer> all = new LinkedHashMap<>(terms);
        level.terms().forEach(all::putIfAbsent);
        return new Evidence(rule, score, all, detail + "; " + level.rule() + " → " + level.level());
    }

    /**
     * Where a title's parts are: {@code from} past a leading year, {@code regionEnd} where the body's
     * name must end (the first year after it, or the first summary/plan word), {@code kindAt} that word.
     */
    private record TitleParts(int from, int regionEnd, int kindAt, String title) {

        static TitleParts of(String title, Rules rules) {
            int[] kindAt = {title.length()};
            rules.titleWords().scan(title, 0, title.length(), (TitleWord w, String term, int s, int e) -> {
                if ((w == TitleWord.SUMMARY || w == TitleWord.PLAN) && s < kindAt[0]) {
                    kindAt[0] = s;
                }
            });
            List<Integer> years = TitleShape.years(title);
            int yearAt = years.isEmpty() ? -1 : title.indexOf(String.valueOf(years.get(0)));
            int from = 0;
            int regionEnd = kindAt[0];
            if (yearAt == 0) {
                from = title.indexOf('年') + 1;
                if (from < title.length() && title.charAt(from) == '度') {
                    from++;
                }
                regionEnd = Math.max(from, kindAt[0]);
            } else if (yearAt > 0 && yearAt < kindAt[0]) {
                regionEnd = yearAt;
            }
            return new TitleParts(from, regionEnd, kindAt[0], title);
        }

        /** The administrative unit the title's body region ends with (乡, XX镇, 县), or null. */
        String unitPrefix(Rules rules) {
            if (regionEnd <= from) {
                return null;
            }
            String prefix = title.substring(from, regionEnd).strip();
            String[] unit = {null};
            rules.adminUnits().scan(prefix, 0, prefix.length(), (String level, String term, int s, int e) -> {
                if (e == prefix.length()) {
                    unit[0] = term;
                }
            });
            return unit[0];
        }
    }
}
