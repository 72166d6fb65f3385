package dev.reportflow.classifier.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reportflow.classifier.Role;
import dev.reportflow.classifier.text.Folding;
import dev.reportflow.classifier.text.Lexicon;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * The classifier's rules: the bundled, versioned data files (resources
 * {@code dev/reportflow/classifier/rules/}) plus the changes added at runtime, compiled into the
 * lexicons the stages read. Immutable and thread-safe; {@link #withChanges} returns a new set whose
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

    private static final Bundled BUNDLED = Bundled.read();

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
        this.version = this.changes.isEmpty() ? BUNDLED.version : BUNDLED.version + "+" + digest(this.changes);
        this.departments = departmentsWith(this.changes);
        this.issuerAliases = compileIssuerAliases();
        this.content = compileContent();
        this.roleCues = Lexicon.of(BUNDLED.roleCues, (a, b) -> b);
        this.titleWords = Lexicon.of(BUNDLED.titleWords, (a, b) -> a);
        this.adminUnits = Lexicon.of(BUNDLED.adminUnits, (a, b) -> b);
        this.bodyTypes = Lexicon.of(BUNDLED.bodyTypes, (a, b) -> b);
        this.noise = Lexicon.of(BUNDLED.noise.stream().map(n -> Map.entry(Folding.fold(n), Boolean.TRUE)).toList(), (a, b) -> a);
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
        return BUNDLED.version;
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
        return BUNDLED.cityAfter;
    }

    /** Development zones' unit words (开发区, 高新区): a zone is of its parent government's level, not a district. */
    public Set<String> zoneWords() {
        return BUNDLED.zoneWords;
    }

    /** What follows 州 when it is an autonomous prefecture's organ (州委, 州政府), which stands above a county-level city. */
    public List<String> prefectureOrgans() {
        return BUNDLED.prefectureOrgans;
    }

    /** Characters that are never part of the two-character city name before 市 (按, 照, 向 …). */
    public String notInCityNames() {
        return BUNDLED.notCityName;
    }

    /** Endings of a body's name (局, 中心, 股 …) that mark a body no alias knows. */
    public List<String> bodySuffixes() {
        return BUNDLED.bodySuffixes;
    }

    /**
     * Words that make a generic enterprise (公司, 集团: code {@link #FROM_CONTENT}) a state-owned one
     * (国有, 国投, 国控, 城投): such a body is of the {@code state_assets} kind although that code is
     * topic-only, since the name itself says what it is.
     */
    public List<String> stateOwnedMarkers() {
        return BUNDLED.stateOwned;
    }

    /** Self-references no alias knows (我局, 本中心): the word after 我/本 is the body's kind. */
    public List<String> selfReferences() {
        return BUNDLED.selfRefs;
    }

    /** Words in a section heading that name findings in audited or inspected units (审计发现, 检查发现). */
    public List<String> findingWords() {
        return BUNDLED.findings;
    }

    /** Words in a heading that make findings the issuer's own (存在, 自身, 我局). */
    public List<String> ownProblemWords() {
        return BUNDLED.ownProblems;
    }

    /**
     * Verbs that end a body's name on its left in a sentence (推进, 加强 …): what follows one is its
     * object, so 推进学校内涵发展 names a bare 学校, never a body called 推进学校.
     */
    public Set<String> nameStopVerbs() {
        return BUNDLED.nameStopVerbs;
    }

    /**
     * The words a body of a kind may be named with when its name does not hold the kind itself: a
     * school (我校, 学校 → 校) is named XX中学 or XX小学. Empty for kinds the name always holds (院, 局).
     */
    public List<String> kindWords(String kind) {
        return BUNDLED.kindWords.getOrDefault(kind, List.of());
    }

    private Map<String, DepartmentInfo> departmentsWith(List<RuleChange> runtime) {
        Map<String, DepartmentInfo> all = new LinkedHashMap<>(BUNDLED.departments);
        for (RuleChange c : runtime) {
            if (c.kind() == RuleKind.DEPARTMENT && c.department() != null && !c.department().isBlank()) {
                String name = c.term() == null ? c.department() : c.term();
                all.putIfAbsent(c.department(), new DepartmentInfo(c.department(), name, false, name));
            }
        }
        return all;
    }

    private Lexicon<String> compileIssuerAliases() {
        List<Map.Entry<String, String>> entries = new ArrayList<>(BUNDLED.issuerAliases);
        for (RuleChange c : changes) {
            if (c.kind() == RuleKind.ISSUER_ALIAS && usable(c)) {
                entries.add(Map.entry(Folding.fold(c.term()), c.department()));
            }
        }
        return Lexicon.of(entries, (earlier, later) -> later);
    }

    private Lexicon<ContentTerm> compileContent() {
        List<Map.Entry<String, ContentTerm>> entries = new ArrayList<>(BUNDLED.content);
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

    /** The bundled data files, parsed once per JVM. */
    private record Bundled(String version, Map<String, DepartmentInfo> departments,
                           List<Map.Entry<String, String>> issuerAliases, List<Map.Entry<String, ContentTerm>> content,
                           List<Map.Entry<String, RoleCue>> roleCues, List<Map.Entry<String, TitleWord>> titleWords,
                           List<Map.Entry<String, String>> adminUnits, List<Map.Entry<String, String>> bodyTypes,
                           List<String> cityAfter, List<String> prefectureOrgans, Set<String> zoneWords, List<String> noise, List<String> bodySuffixes,
                           String notCityName, Set<String> nameStopVerbs, Map<String, List<String>> kindWords,
                           List<String> stateOwned, List<String> findings, List<String> ownProblems,
                           List<String> selfRefs) {

        static Bundled read() {
            String version = RuleFiles.properties("manifest.properties").getProperty("version");
            if (version == null || version.isBlank()) {
                throw new IllegalStateException("manifest.properties names no rules version");
            }
            Map<String, DepartmentInfo> departments = new LinkedHashMap<>();
            List<Map.Entry<String, String>> aliases = new ArrayList<>();
            readDepartments(departments, aliases);
            List<String> suffixes = new ArrayList<>();
            Set<String> verbs = new LinkedHashSet<>();
            Map<String, List<String>> kindWords = new LinkedHashMap<>();
            List<String> stateOwned = new ArrayList<>();
            List<String> selfRefs = new ArrayList<>();
            for (List<String> row : RuleFiles.rows("issuer-aliases.tsv")) {
                if (row.get(0).equals("selfref")) {
                    row.subList(1, row.size()).forEach(v -> selfRefs.add(Folding.fold(v)));
                } else if (row.get(0).equals("stateowned")) {
                    row.subList(1, row.size()).forEach(v -> stateOwned.add(Folding.fold(v)));
                } else if (row.get(0).equals("suffix")) {
                    suffixes.addAll(row.subList(1, row.size()));
                } else if (row.get(0).equals("verb")) {
                    row.subList(1, row.size()).forEach(v -> verbs.add(Folding.fold(v)));
                } else if (row.get(0).equals("kind")) {
                    kindWords.put(Folding.fold(row.get(1)), row.subList(2, row.size()).stream().map(Folding::fold).toList());
                } else {
                    row.subList(1, row.size()).forEach(alias -> addAlias(aliases, alias, row.get(0)));
                }
            }
            List<Map.Entry<String, ContentTerm>> content = new ArrayList<>();
            for (List<String> row : RuleFiles.rows("section-lexicon.tsv")) {
                double weight = Double.parseDouble(row.get(1));
                row.subList(2, row.size()).forEach(t -> content.add(Map.entry(Folding.fold(t), ContentTerm.department(row.get(0), weight))));
            }
            List<Map.Entry<String, String>> units = new ArrayList<>();
            List<Map.Entry<String, String>> bodyTypes = new ArrayList<>();
            List<String> cityAfter = new ArrayList<>();
            List<String> prefectureOrgans = new ArrayList<>();
            Set<String> zoneWords = new LinkedHashSet<>();
            StringBuilder notCityName = new StringBuilder();
            for (List<String> row : RuleFiles.rows("admin-levels.tsv")) {
                switch (row.get(0)) {
                    case "unit" -> row.subList(2, row.size()).forEach(t -> units.add(Map.entry(Folding.fold(t), row.get(1))));
                    case "zone" -> row.subList(1, row.size()).forEach(t -> zoneWords.add(Folding.fold(t)));
                    case "body" -> row.subList(2, row.size()).forEach(t -> bodyTypes.add(Map.entry(Folding.fold(t), row.get(1))));
                    case "self" -> row.subList(3, row.size()).forEach(t -> content.add(
                            Map.entry(Folding.fold(t), ContentTerm.selfLevel(row.get(1), Integer.parseInt(row.get(2))))));
                    case "countycity" -> {
                        switch (row.get(1)) {
                            case "below" -> row.subList(2, row.size()).forEach(t -> content.add(
                                    Map.entry(Folding.fold(t), ContentTerm.city(ContentTerm.CityHint.COUNTY_LEVEL))));
                            case "generic" -> row.subList(2, row.size()).forEach(t -> content.add(
                                    Map.entry(Folding.fold(t), ContentTerm.city(ContentTerm.CityHint.NONE))));
                            case "cityafter" -> cityAfter.addAll(row.subList(2, row.size()));
                            case "prefectureorgan" -> prefectureOrgans.addAll(row.subList(2, row.size()));
                            case "notname" -> notCityName.append(String.join("", row.subList(2, row.size())));
                            default -> throw new IllegalStateException("admin-levels.tsv: unknown countycity row " + row.get(1));
                        }
                    }
                    case "prefecture" -> row.subList(2, row.size()).forEach(t -> content.add(
                            Map.entry(Folding.fold(t), ContentTerm.city(ContentTerm.CityHint.PREFECTURE_LEVEL))));
                    default -> throw new IllegalStateException("admin-levels.tsv: unknown row kind " + row.get(0));
                }
            }
            List<Map.Entry<String, RoleCue>> roles = new ArrayList<>();
            List<String> findings = new ArrayList<>();
            List<String> ownProblems = new ArrayList<>();
            for (List<String> row : RuleFiles.rows("roles.tsv")) {
                String kind = row.get(0);
                List<String> terms = row.subList(2, row.size());
                switch (kind) {
                    case "findings" -> terms.forEach(t -> findings.add(Folding.fold(t)));
                    case "own" -> terms.forEach(t -> ownProblems.add(Folding.fold(t)));
                    case "future", "past" -> terms.forEach(t -> content.add(
                            Map.entry(Folding.fold(t), ContentTerm.tense(kind.equals("future") ? 1 : -1))));
                    case "none" -> terms.forEach(t -> roles.add(Map.entry(Folding.fold(t), new RoleCue(null, 0))));
                    default -> {
                        Role role = Role.valueOf(kind);
                        int weight = Integer.parseInt(row.get(1));
                        terms.forEach(t -> roles.add(Map.entry(Folding.fold(t), new RoleCue(role, weight))));
                    }
                }
            }
            List<Map.Entry<String, TitleWord>> titleWords = new ArrayList<>();
            for (List<String> row : RuleFiles.rows("report-kinds.tsv")) {
                TitleWord word = switch (row.get(0)) {
                    case "summary" -> TitleWord.SUMMARY;
                    case "plan" -> TitleWord.PLAN;
                    case "special" -> TitleWord.SPECIAL_TOPIC;
                    case "other" -> TitleWord.OTHER_DOCUMENT;
                    default -> throw new IllegalStateException("report-kinds.tsv: unknown row kind " + row.get(0));
                };
                row.subList(1, row.size()).forEach(t -> titleWords.add(Map.entry(Folding.fold(t), word)));
            }
            return new Bundled(version.strip(), departments, aliases, content, roles, titleWords, units, bodyTypes,
                    cityAfter.stream().map(Folding::fold).toList(), prefectureOrgans.stream().map(Folding::fold).toList(), Set.copyOf(zoneWords),
                    RuleFiles.lines("noise.txt"), List.copyOf(suffixes),
                    notCityName.toString(), Set.copyOf(verbs), Map.copyOf(kindWords), List.copyOf(stateOwned),
                    List.copyOf(findings), List.copyOf(ownProblems), List.copyOf(selfRefs));
        }

        /**
         * One-character aliases (乡, 镇) are administrative units, not bodies: the issuer stage reads
         * them as units, and as aliases they would match inside every 乡村振兴.
         */
        private static void addAlias(List<Map.Entry<String, String>> aliases, String alias, String code) {
            if (alias.length() > 1) {
                aliases.add(Map.entry(Folding.fold(alias), code));
            }
        }

        private static void readDepartments(Map<String, DepartmentInfo> departments,
                                            List<Map.Entry<String, String>> aliases) {
            try (InputStream in = RuleFiles.open("departments.json")) {
                JsonNode root = new ObjectMapper().readTree(in);
                for (JsonNode d : root) {
                    String code = d.get("code").asText();
                    List<String> own = new ArrayList<>();
                    d.path("issuer_aliases").forEach(a -> own.add(a.asText()));
                    boolean topicOnly = d.path("topic_only").asBoolean(false);
                    String body = own.isEmpty() ? d.path("name_zh").asText(code) : own.get(0);
                    departments.put(code, new DepartmentInfo(code, d.path("name_zh").asText(code), topicOnly, body));
                    own.forEach(alias -> addAlias(aliases, alias, code));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("The bundled departments.json cannot be read", e);
            }
        }
    }

    @Override
    public String toString() {
        return "Rules " + version + " (" + departments.size() + " departments, " + changes.size() + " runtime changes)"
                .toLowerCase(Locale.ROOT);
    }
}
