package dev.reportflow.classifier.rules;

import dev.reportflow.classifier.text.Folding;
import dev.reportflow.classifier.text.Lexicon;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The classifier's rules: the bundled, versioned data files ({@link BundledRules}) plus the changes
 * added at runtime, compiled into the lexicons the stages read. Immutable and thread-safe; {@link #withChanges} returns a new set whose
 * version names the bundled version and a digest of the changes, so every result says exactly which
 * rules produced it.
 */
public final class Rules {

    /** The issuer-alias code of generic enterprise words (公司, 集团): the sector comes from the content. */
    public static final String FROM_CONTENT = "content";
    /** The issuer-alias code of phrases that contain an alias but name no body. */
    public static final String NO_BODY = "none";
    /**
     * The issuer-alias code of branch words (分局): a branch is of the body named just before it
     * (XX市公安局XX分局 → public_security); a bare branch word decides no department by itself.
     */
    public static final String BRANCH = "branch";

    private static final BundledRules BUNDLED = BundledRules.read();

    private final List<RuleChange> changes;
    private final String version;
    private final Map<String, DepartmentInfo> departments;
    private final Lexicon<String> issuerAliases;
    private final Lexicon<ContentTerm> content;
    private final Lexicon<RoleCue> roleCues;
    private final Lexicon<TitleWord> titleWords;
    private final Lexicon<String> adminUnits;
    private final Lexicon<String> bodyTypes;
    private final Lexicon<Boolean> noise;

    private Rules(List<RuleChange> changes) {
        this.changes = changes.stream().sorted(Comparator.comparing(RuleChange::ruleId)).toList();
        this.version = this.changes.isEmpty() ? BUNDLED.version() : BUNDLED.version() + "+" + digest(this.changes);
        this.departments = departmentsWith(this.changes);
        this.issuerAliases = compileIssuerAliases();
        this.content = compileContent();
        this.roleCues = Lexicon.of(BUNDLED.roles().cues(), (a, b) -> b);
        this.titleWords = Lexicon.of(BUNDLED.titleWords(), (a, b) -> a);
        this.adminUnits = Lexicon.of(BUNDLED.admin().units(), (a, b) -> b);
        this.bodyTypes = Lexicon.of(BUNDLED.admin().bodyTypes(), (a, b) -> b);
        this.noise = Lexicon.of(BUNDLED.noise().stream().map(n -> Map.entry(Folding.fold(n), Boolean.TRUE)).toList(), (a, b) -> a);
    }

    /** The bundled rules alone. */
    public static Rules bundled() {
        return new Rules(List.of());
    }

    /** These rules with {@code runtimeChanges} layered on top (replacing any earlier runtime changes). */
    public Rules withChanges(List<RuleChange> runtimeChanges) {
        return new Rules(runtimeChanges);
    }

    public String version() {
        return version;
    }

    /** The version of the bundled data files alone (manifest.properties). */
    public static String bundledVersion() {
        return BUNDLED.version();
    }

    public List<RuleChange> changes() {
        return changes;
    }

    /** Every department code: the bundled ones and those declared at runtime. */
    public Set<String> departmentCodes() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(departments.keySet()));
    }

    /** The department with this code, or null. */
    public DepartmentInfo department(String code) {
        return departments.get(code);
    }

    /** Issuing-body aliases → department code, {@link #FROM_CONTENT} or {@link #NO_BODY}. */
    public Lexicon<String> issuerAliases() {
        return issuerAliases;
    }

    /** Body vocabulary: topic terms, level self-references, tense words and city hints. */
    public Lexicon<ContentTerm> content() {
        return content;
    }

    public Lexicon<RoleCue> roleCues() {
        return roleCues;
    }

    public Lexicon<TitleWord> titleWords() {
        return titleWords;
    }

    /** Administrative units (县, 街道, 社区 …) → level. */
    public Lexicon<String> adminUnits() {
        return adminUnits;
    }

    /** Body types whose level is their own (派出所 → town, 医院 → institution, 公司 → enterprise). */
    public Lexicon<String> bodyTypes() {
        return bodyTypes;
    }

    public Lexicon<Boolean> noise() {
        return noise;
    }

    /** What may follow another named city when that city stands above the issuer (阜阳市委, 南通市下达). */
    public List<String> superiorCityMarkers() {
        return BUNDLED.admin().superiorCityMarkers();
    }

    /** Development zones' unit words (开发区, 高新区): a zone is of its parent government's level, not a district. */
    public Set<String> zoneWords() {
        return BUNDLED.admin().zoneWords();
    }

    /** What follows 州 when it is an autonomous prefecture's organ (州委, 州政府), which stands above a county-level city. */
    public List<String> prefectureOrgans() {
        return BUNDLED.admin().prefectureOrgans();
    }

    /** Characters that are never part of the two-character city name before 市 (按, 照, 向 …). */
    public String notInCityNames() {
        return BUNDLED.admin().notInCityNames();
    }

    /** Endings of a body's name (局, 中心, 股 …) that mark a body no alias knows. */
    public List<String> bodySuffixes() {
        return BUNDLED.issuers().bodySuffixes();
    }

    /**
     * Words that make a generic enterprise (公司, 集团: code {@link #FROM_CONTENT}) a state-owned one
     * (国有, 国投, 国控, 城投): such a body is of the {@code state_assets} kind although that code is
     * topic-only, since the name itself says what it is.
     */
    public List<String> stateOwnedMarkers() {
        return BUNDLED.issuers().stateOwned();
    }

    /** Self-references no alias knows (我局, 本中心): the word after 我/本 is the body's kind. */
    public List<String> selfReferences() {
        return BUNDLED.issuers().selfReferences();
    }

    /** Words in a section heading that name findings in audited or inspected units (审计发现, 检查发现). */
    public List<String> findingWords() {
        return BUNDLED.roles().findings();
    }

    /** Words in a heading that make findings the issuer's own (存在, 自身, 我局). */
    public List<String> ownProblemWords() {
        return BUNDLED.roles().ownProblems();
    }

    /**
     * Verbs that end a body's name on its left in a sentence (推进, 加强 …): what follows one is its
     * object, so 推进学校内涵发展 names a bare 学校, never a body called 推进学校.
     */
    public Set<String> nameStopVerbs() {
        return BUNDLED.issuers().nameStopVerbs();
    }

    /**
     * The words a body of a kind may be named with when its name does not hold the kind itself: a
     * school (我校, 学校 → 校) is named XX中学 or XX小学. Empty for kinds the name always holds (院, 局).
     */
    public List<String> kindWords(String kind) {
        return BUNDLED.issuers().kindWords().getOrDefault(kind, List.of());
    }

    private Map<String, DepartmentInfo> departmentsWith(List<RuleChange> runtime) {
        Map<String, DepartmentInfo> all = new LinkedHashMap<>(BUNDLED.departments());
        for (RuleChange c : runtime) {
            if (c.kind() == RuleKind.DEPARTMENT && c.department() != null && !c.department().isBlank()) {
                String name = c.term() == null ? c.department() : c.term();
                all.putIfAbsent(c.department(), new DepartmentInfo(c.department(), name, false, name));
            }
        }
        return all;
    }

    private Lexicon<String> compileIssuerAliases() {
        List<Map.Entry<String, String>> entries = new ArrayList<>(BUNDLED.issuers().aliases());
        for (RuleChange c : changes) {
            if (c.kind() == RuleKind.ISSUER_ALIAS && usable(c)) {
                entries.add(Map.entry(Folding.fold(c.term()), c.department()));
            }
        }
        return Lexicon.of(entries, (earlier, later) -> later);
    }

    private Lexicon<ContentTerm> compileContent() {
        List<Map.Entry<String, ContentTerm>> entries = new ArrayList<>(BUNDLED.content());
        for (RuleChange c : changes) {
            if (c.kind() == RuleKind.SECTION_KEYWORD && usable(c)) {
                double weight = c.weight() > 0 ? c.weight() : 3;
                entries.add(Map.entry(Folding.fold(c.term()), ContentTerm.department(c.department(), weight)));
            }
        }
        return Lexicon.of(entries, ContentTerm::merge);
    }

    /** A runtime rule counts only when it names a term and a department the rules know. */
    private boolean usable(RuleChange c) {
        return c.term() != null && !c.term().isBlank() && departments.containsKey(c.department());
    }

    private static String digest(List<RuleChange> changes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (RuleChange c : changes) {
                sha.update((c.ruleId() + '\u0001' + c.kind() + '\u0001' + c.department() + '\u0001' + c.term()
                        + '\u0001' + c.weight() + '\n').getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "Rules " + version + " (" + departments.size() + " departments, " + changes.size() + " runtime changes)"
                .toLowerCase(Locale.ROOT);
    }
}
