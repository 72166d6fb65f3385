package dev.reportflow.classifier.issuer;

import dev.reportflow.classifier.Evidence;
import dev.reportflow.classifier.Issuer;
import dev.reportflow.classifier.gazetteer.Gazetteer;
import dev.reportflow.classifier.report.ReportTally;
import dev.reportflow.classifier.rules.DepartmentInfo;
import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.classifier.text.TextLines;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recognises who issued a report: every finder below ({@code finders}) proposes the body it finds where
 * it looks (the title, the speaker line, the opening, a self-reference, the signature, the body's
 * text, or only a kind, a topic or a voice), and {@link IssuerChooser} chooses among the proposals by
 * a score: where a body was found, and features that hold for work reports in general (named or only
 * inferred, named again, named by several places, known to the gazetteer, listed among others). The
 * gazetteer refines each proposal's level ({@link PlaceLevel}) before the choice. Without any
 * proposal the issuer is unassigned rather than guessed.
 */
public final class IssuerRecognizer {

    /** One way of finding a body that may have issued the report: a finding, or null when it finds none. */
    @FunctionalInterface
    private interface Step {
        Result attempt(IssuerClues clues);
    }

    /**
     * A way of finding a body, the most it believes its finding (its prior, so that the chooser can tell
     * when to stop asking), and whether its body is the one a self-reference (我院, 我局团支部) stands for.
     */
    private record Finder(double prior, boolean speaker, Step step) {

        Finder(double prior, Step step) {
            this(prior, false, step);
        }
    }

    /** The issuer, and where in the title its name ends (0 when the title names none). */
    public record Result(Issuer issuer, int titleBodyEnd) {
    }

    private final Rules rules;
    private final Mentions mentions;
    private final LevelResolver levels;
    private final ContentDepartments departments;
    private final BodyIssuer bodies;
    private final PlaceLevel places = new PlaceLevel(Gazetteer.bundled());
    /**
     * The finders, each named for what it looks for, in the order they are asked: a body named where a
     * report names its issuer (title, opening, signature) first, then one named elsewhere in its text,
     * then what is only inferred (a title's topic, a vocabulary, a grass-roots voice). The order only
     * breaks ties: the chooser decides.
     */
    private final List<Finder> finders = List.of(
            new Finder(IssuerConfidence.SPEAKER_LINE, this::congressSpeaker),
            new Finder(IssuerConfidence.TITLE, this::bodyTheTitleNames),
            new Finder(IssuerConfidence.SPEAKER_LINE, true, this::bodyTheSpeakerRepresents),
            new Finder(IssuerConfidence.SELF_REFERENCE_NAMED, true, this::selfReferenceNamedNearby),
            new Finder(IssuerConfidence.SIGNATURE, this::bareKindSigned),
            new Finder(IssuerConfidence.OPENING_PARAGRAPH, this::bodyTheOpeningNames),
            new Finder(IssuerConfidence.TITLE_UNIT, this::areaTheTitleNames),
            new Finder(IssuerConfidence.SIGNATURE, this::bodyTheSignatureNames),
            new Finder(IssuerConfidence.BODY_TEXT, this::selfReferenceNamedInText),
            new Finder(IssuerConfidence.SELF_REFERENCE_UNNAMED, true, this::selfReferenceOfKnownKind),
            new Finder(IssuerConfidence.TITLE_TOPIC, this::topicTheTitleNames),
            new Finder(IssuerConfidence.SELF_REFERENCE_VOCABULARY, this::selfReferenceByVocabulary),
            new Finder(IssuerConfidence.GRASS_ROOTS_VOICE, this::grassRootsVoice),
            new Finder(IssuerConfidence.VOCABULARY_ONLY, this::vocabularyOnly));
    /** For each finder, the highest prior of the finders from it on. */
    private final double[] highestPriorFrom = new double[finders.size()];

    public IssuerRecognizer(Rules rules) {
        this.rules = rules;
        for (int i = finders.size() - 1; i >= 0; i--) {
            highestPriorFrom[i] = Math.max(finders.get(i).prior(), i + 1 < finders.size() ? highestPriorFrom[i + 1] : 0);
        }
        this.mentions = new Mentions(rules);
        this.levels = new LevelResolver(rules);
        this.departments = new ContentDepartments(rules);
        this.bodies = new BodyIssuer(rules, departments);
    }

    /**
     * @param title        the trimmed folded title ("" when the report has none)
     * @param openingLines the lines (0-based) that open the report's body, before its outline
     * @param profileLines the lines (0-based) of the report's profile section (基本情况, 单位概况), where a
     *                     report that calls itself only 我院/本局 in its opening says what it is
     * @param start        the report's first line (0-based)
     * @param end          its last line
     */
    public Result recognise(TextLines lines, String title, List<Integer> openingLines, List<Integer> profileLines,
                            int start, int end, ReportTally tally) {
        IssuerClues clues = new IssuerClues(lines, title, TitleParts.of(title, rules), start, end, tally, openingLines,
                profileLines, mentions, levels);
        IssuerChooser chooser = new IssuerChooser(lines, start, end);
        for (int i = 0; i < finders.size() && !chooser.settled(highestPriorFrom[i]); i++) {
            Finder finder = finders.get(i);
            Result found = finder.step().attempt(clues);
            if (found != null) {
                chooser.add(new IssuerChooser.Found(places.refine(found.issuer()), found.titleBodyEnd(), finder.prior(),
                        finder.speaker(), i));
            }
        }
        return chooser.isEmpty() ? new Result(places.refine(none(clues)), 0) : chooser.choose();
    }

    /**
     * A government's report to its people's congress ({@link CongressSpeaker}: the occasion,
     * 我代表…人民政府, the speaker), when the title names no other body.
     */
    private Result congressSpeaker(IssuerClues c) {
        String area = CongressSpeaker.area(c.title, c.lines, c.start, c.end);
        if (area == null || c.parts.hasBodyRegion() && !c.title.replace(" ", "").contains("政府工作报告")) {
            return null;
        }
        BodyMention government = new BodyMention(area, Mentions.GOVERNMENT, area, area.length());
        return found(bodies.of(government, "issuer.speaker-line", IssuerConfidence.SPEAKER_LINE, c));
    }

    /** The body a speaker says they speak for (我代表共青团五沙村支部…向大会作报告), other than a government. */
    private Result bodyTheSpeakerRepresents(IssuerClues c) {
        BodyMention body = mentions.delegation(c);
        return body == null ? null : found(bodies.of(body, "issuer.delegation", IssuerConfidence.SPEAKER_LINE, c));
    }

    /**
     * A body the title names (区审计局, XX县公安局XX派出所). A title that names it by its kind alone
     * (应急管理局2023年工作总结, 团委…) leaves out the area the opening, profile or signature gives with it
     * (市应急局, XX镇团委): that fuller name is the body's. A title's body no alias knows may be a
     * shortening of one the opening names in full (农村粮食局 of 区农业农村和粮食局): the full name is taken.
     */
    private Result bodyTheTitleNames(IssuerClues c) {
        BodyMention body = c.titleBody();
        if (body == null) {
            return null;
        }
        BodyMention fuller = BodyIssuer.withoutPageLabels(body.name()).equals(body.alias()) ? mentions.fullerName(body, c)
                : body.department() == null ? mentions.knownFormOf(body, c) : null;
        int bodyEnd = c.parts.from() + body.name().length();
        Issuer issuer = bodies.of(fuller == null ? body : fuller, "issuer.title", IssuerConfidence.TITLE, c);
        if (!Mentions.GOVERNMENT.equals(issuer.department()) && !ContentDepartments.PARTY_BUILDING.equals(issuer.department())
                && departments.isPartyBuilding(c.title, bodyEnd, c.parts.kindAt())) {
            // 医院党建工作总结: the hospital's party organisation reports on its own line (a community's is the community's)
            Map<String, Integer> terms = new LinkedHashMap<>(issuer.evidence().terms());
            terms.put(c.title.substring(bodyEnd, c.parts.kindAt()), 1);
            issuer = new Issuer(issuer.name(), issuer.level(), ContentDepartments.PARTY_BUILDING, new Evidence(
                    "issuer.title-party-organisation", issuer.evidence().score(), terms,
                    "the title gives the body's party building as its topic: its party organisation reports; "
                            + issuer.evidence().detail()));
        }
        return new Result(issuer, bodyEnd);
    }

    /** 我院 in the title or opening, and a body of that kind named in the opening, profile or signature. */
    private Result selfReferenceNamedNearby(IssuerClues c) {
        BodyMention named = c.self() == null ? null : mentions.namedSelf(c.self(), c);
        return named == null ? null
                : found(bodies.of(named, "issuer.self-reference", IssuerConfidence.SELF_REFERENCE_NAMED, c));
    }

    /** A bare kind opening the text ("学校坚持…", no name before it) that the signature names (XX市第二中学). */
    private Result bareKindSigned(IssuerClues c) {
        BodyMention opening = c.opening();
        if (opening == null || c.titleUnit() != null || !Mentions.isBareAlias(opening) || !mentions.signs(opening, c.signature())) {
            return null;
        }
        return found(bodies.of(c.signature(), "issuer.signature", IssuerConfidence.SIGNATURE, c));
    }

    /**
     * A body the opening paragraph names as its subject (县财政局, 颍东分局; "财政部门" gives the county's
     * 财政局), when the title names no area, or names one and the opening its government.
     */
    private Result bodyTheOpeningNames(IssuerClues c) {
        BodyMention opening = c.opening();
        if (opening == null || c.titleUnit() != null && !Mentions.GOVERNMENT.equals(opening.department())) {
            return null;
        }
        if (c.titleUnit() != null && bodies.areaOfUnit(opening, c.titleUnit()) == null) {
            // "社区2017年工作总结" opening on the 街道 above it: the title's unit says which area speaks
            return null;
        }
        return found(bodies.of(opening, "issuer.opening-paragraph", IssuerConfidence.OPENING_PARAGRAPH, c));
    }

    /**
     * An area the title starts with: its government (乡 → XX乡, named by the opening, the signature or
     * the text), or with a topic one department leads, that department's body (县 with 纪检监察).
     */
    private Result areaTheTitleNames(IssuerClues c) {
        String unit = c.titleUnit();
        if (unit == null) {
            return null;
        }
        String prefix = c.parts.region();
        LevelResolver.Resolved level = c.level(new BodyMention(prefix, Mentions.GOVERNMENT, prefix, prefix.length()));
        DepartmentInfo topic = AdminLevel.isGrassRoots(level.level()) ? null
                : departments.ofTitleTopic(c.title, c.parts.regionEnd(), c.parts.kindAt());
        if (topic != null) {
            String name = AdminLevel.unitWord(level.level()) + topic.bodyName();
            // in the order they are written: Map.of's order changes from one JVM to the next
            Map<String, Integer> terms = new LinkedHashMap<>();
            terms.put(prefix, 1);
            terms.put(topic.nameZh(), 1);
            return new Result(new Issuer(name, level.level(), topic.code(), BodyIssuer.evidence("issuer.title-unit-topic",
                    IssuerConfidence.TITLE_UNIT_TOPIC, terms, "the title names the area and a topic that one department leads",
                    level)), c.parts.regionEnd());
        }
        String name = prefix.length() > unit.length() ? bodies.areaName(prefix) : bodies.areaOfUnit(c.opening(), unit);
        if (name == null) {
            name = bodies.areaOfUnit(c.signature(), unit);
        }
        if (name == null) {
            name = BodyIssuer.orPlaceholder(MostNamedPlace.of(unit, c.lines, c.start, c.end), unit);
        }
        return new Result(new Issuer(name, level.level(), Mentions.GOVERNMENT, BodyIssuer.evidence("issuer.title-unit",
                IssuerConfidence.TITLE_UNIT, Map.of(prefix, 1), "the title names an area: its government issued the report",
                level)), c.parts.regionEnd());
    }

    /** The signature (XX乡人民政府 under the text). */
    private Result bodyTheSignatureNames(IssuerClues c) {
        return c.signature() == null ? null
                : found(bodies.of(c.signature(), "issuer.signature", IssuerConfidence.SIGNATURE, c));
    }

    /** 我局 in the opening or profile, and the first body of its kind and of a known department named anywhere. */
    private Result selfReferenceNamedInText(IssuerClues c) {
        BodyMention self = anySelfReference(c);
        BodyMention named = self == null ? null : mentions.namedInBody(self, c);
        return named == null ? null : found(bodies.of(named, "issuer.body-text", IssuerConfidence.BODY_TEXT, c));
    }

    /** 我院 named nowhere: its department is known from its kind, its name is not (a self-reference is never a name). */
    private Result selfReferenceOfKnownKind(IssuerClues c) {
        BodyMention self = c.self();
        if (self == null || self.department() == null || rules.department(self.department()) == null) {
            return null;
        }
        LevelResolver.Resolved level = c.level(self);
        return found(new Issuer("", level.level(), self.department(), BodyIssuer.evidence("issuer.self-reference",
                IssuerConfidence.SELF_REFERENCE_UNNAMED, Map.of(self.name(), 1), "the report names itself only as " + self.name(),
                level)));
    }

    /**
     * The title's topic (纪检监察工作总结, 妇幼卫生年度工作总结), at the level the report speaks of itself at.
     * It tells the department, not the body: a topic is led by a bureau, but also reported on by a
     * hospital, a township or the bureau's own station, so no name is made up for it.
     */
    private Result topicTheTitleNames(IssuerClues c) {
        DepartmentInfo topic = departments.ofTitleTopic(c.title, c.parts.from(), c.parts.kindAt());
        if (topic == null) {
            return null;
        }
        LevelResolver.Resolved level = c.textLevel();
        return found(new Issuer("", level.level(), topic.code(), BodyIssuer.evidence("issuer.title-topic",
                IssuerConfidence.TITLE_TOPIC, Map.of(topic.nameZh(), 1),
                "the title's topic names the department; the text speaks as " + level.level(), level)));
    }

    /** "我局" and a body named nowhere, above the grass roots: the report's vocabulary, if convincing, says which bureau. */
    private Result selfReferenceByVocabulary(IssuerClues c) {
        BodyMention self = anySelfReference(c);
        LevelResolver.Resolved level = c.textLevel();
        if (self == null || AdminLevel.isGrassRoots(level.level())) {
            return null;
        }
        String inferred = isGovernmentOrgan(self) ? departments.ofSelfReferringBureau(c.tally.topics(), c.title)
                : departments.ofReport(c.tally.topics(), c.title);
        if (inferred == null || rules.department(inferred) == null) {
            return null;
        }
        Map<String, Integer> terms = new LinkedHashMap<>(c.tally.topics().terms(inferred));
        terms.put(self.name(), 1);
        return found(new Issuer("", level.level(), inferred, BodyIssuer.evidence("issuer.self-reference-content",
                IssuerConfidence.SELF_REFERENCE_VOCABULARY, terms,
                "the report names itself only as " + self.name() + "; its vocabulary says which department", level)));
    }

    /** The kinds of a government's own organs (局, 委, 办, 厅), which a self-reference ends with (我局, 本委). */
    private static final String ORGAN_KINDS = "局委办厅";

    /** Whether a self-reference stands for a government's organ (我局), not an institution or a company (我院, 我公司). */
    private static boolean isGovernmentOrgan(BodyMention self) {
        String name = self.name();
        return !name.isEmpty() && ORGAN_KINDS.indexOf(name.charAt(name.length() - 1)) >= 0;
    }

    /**
     * A township or town, a subdistrict, community or village speaking of itself (我镇, 全街道): its
     * government reports, whether or not the text says its name.
     */
    private Result grassRootsVoice(IssuerClues c) {
        LevelResolver.Resolved level = c.textLevel();
        if (!AdminLevel.isGrassRoots(level.level())) {
            return null;
        }
        String unit = AdminLevel.unitWord(level.level());
        String name = MostNamedPlace.of(unit, c.lines, c.start, c.end);
        String how = " and names " + name + " most often";
        if (name.isEmpty()) {
            name = PlaceIntroduction.of(unit, c.lines, c.openingAndProfileLines());
            how = " and introduces its area as " + name;
        }
        if (name.isEmpty()) {
            name = TownOfNamedCounty.of(level.level(), c.lines, c.start, c.end);
            how = name.isEmpty() ? " and names no body" : " and writes the short name of " + name + " of a county it names";
        }
        if (name.isEmpty()) {
            name = ShortPlaceName.of(unit, c.lines, c.start, c.end);
            how = name.isEmpty() ? how : " and writes " + name + "'s short name before a unit word or in a slogan";
        }
        return found(new Issuer(name, level.level(), Mentions.GOVERNMENT, BodyIssuer.evidence("issuer.grass-roots-voice",
                IssuerConfidence.GRASS_ROOTS_VOICE, name.isEmpty() ? Map.of() : Map.of(name, 1), "the report speaks as a "
                        + level.level() + how, level)));
    }

    /**
     * A report that names no body and no self-reference (a page cut from its title, "全市妇幼保健工作…") but
     * speaks for an area above the grass roots (全市): its vocabulary, if convincing, tells the department, and
     * the text the level it speaks at; no name is made up. A text that speaks for no area is left unassigned.
     */
    private Result vocabularyOnly(IssuerClues c) {
        LevelResolver.Resolved level = c.textLevel();
        if (AdminLevel.isGrassRoots(level.level()) || AdminLevel.unitWord(level.level()).isEmpty()) {
            return null;
        }
        String inferred = departments.ofReport(c.tally.topics(), c.title);
        if (inferred == null || rules.department(inferred) == null) {
            return null;
        }
        return found(new Issuer("", level.level(), inferred, BodyIssuer.evidence("issuer.vocabulary-only",
                IssuerConfidence.VOCABULARY_ONLY, c.tally.topics().terms(inferred),
                "the report names no body; its vocabulary says which department", level)));
    }

    /** No step found a body: unassigned, at the level the text speaks at. */
    private static Issuer none(IssuerClues c) {
        return new Issuer("", c.textLevel().level(), Issuer.UNASSIGNED, BodyIssuer.evidence("issuer.none", IssuerConfidence.NONE,
                Map.of(), "no body is named in the title, opening or signature", c.textLevel()));
    }

    /** A self-reference in the title or opening, else a word no alias knows (我局, 本中心) in the opening or profile. */
    private BodyMention anySelfReference(IssuerClues c) {
        return c.self() != null ? c.self() : mentions.selfWord(c);
    }

    /** A finding whose name takes no room in the title (the title names no body, or the text named it). */
    private static Result found(Issuer issuer) {
        return new Result(issuer, 0);
    }
}
