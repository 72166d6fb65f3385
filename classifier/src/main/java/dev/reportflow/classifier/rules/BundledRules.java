package dev.reportflow.classifier.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reportflow.classifier.Role;
import dev.reportflow.classifier.text.Folding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bundled rule files (resources {@code dev/reportflow/classifier/rules/}), parsed once per JVM:
 * one reader per file, each giving what its file holds, terms folded as the text they match will be.
 * {@link Rules} compiles them, with the runtime changes, into the lexicons the stages read.
 *
 * @param content the body vocabulary of three files, in the order read (section-lexicon.tsv, then the
 *                level words of admin-levels.tsv, then the tense words of roles.tsv): a word listed twice
 *                merges its meanings in that order
 */
record BundledRules(String version, Map<String, DepartmentInfo> departments, IssuerWords issuers,
                    List<Map.Entry<String, ContentTerm>> content, AdminWords admin, RoleWords roles,
                    List<Map.Entry<String, TitleWord>> titleWords, List<String> noise) {

    /** departments.json and issuer-aliases.tsv: how issuing bodies are named and speak of themselves. */
    record IssuerWords(List<Map.Entry<String, String>> aliases, List<String> bodySuffixes, Set<String> nameStopVerbs,
                       Map<String, List<String>> kindWords, List<String> stateOwned, List<String> selfReferences) {
    }

    /** admin-levels.tsv: units and their levels, and the clues to the kind of a 市. */
    record AdminWords(List<Map.Entry<String, String>> units, List<Map.Entry<String, String>> bodyTypes,
                      Set<String> zoneWords, List<String> superiorCityMarkers, List<String> prefectureOrgans,
                      String notInCityNames) {
    }

    /** roles.tsv: heading cues, and the words that make a section's problems others' or its own. */
    record RoleWords(List<Map.Entry<String, RoleCue>> cues, List<String> findings, List<String> ownProblems) {
    }

    static BundledRules read() {
        String version = RuleFiles.properties("manifest.properties").getProperty("version");
        if (version == null || version.isBlank()) {
            throw new IllegalStateException("manifest.properties names no rules version");
        }
        Map<String, DepartmentInfo> departments = new LinkedHashMap<>();
        List<Map.Entry<String, String>> aliases = new ArrayList<>();
        readDepartments(departments, aliases);
        IssuerWords issuers = readIssuerAliases(aliases);
        List<Map.Entry<String, ContentTerm>> content = new ArrayList<>();
        readSectionLexicon(content);
        AdminWords admin = readAdminLevels(content);
        RoleWords roles = readRoles(content);
        return new BundledRules(version.strip(), departments, issuers, List.copyOf(content), admin, roles,
                readReportKinds(), RuleFiles.lines("noise.txt"));
    }

    /** departments.json: the codes, their names, and their bodies' aliases (before issuer-aliases.tsv's). */
    private static void readDepartments(Map<String, DepartmentInfo> departments, List<Map.Entry<String, String>> aliases) {
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

    private static IssuerWords readIssuerAliases(List<Map.Entry<String, String>> aliases) {
        List<String> suffixes = new ArrayList<>();
        Set<String> verbs = new LinkedHashSet<>();
        Map<String, List<String>> kindWords = new LinkedHashMap<>();
        List<String> stateOwned = new ArrayList<>();
        List<String> selfRefs = new ArrayList<>();
        for (List<String> row : RuleFiles.rows("issuer-aliases.tsv")) {
            List<String> values = row.subList(1, row.size());
            switch (row.get(0)) {
                case "selfref" -> values.forEach(v -> selfRefs.add(Folding.fold(v)));
                case "stateowned" -> values.forEach(v -> stateOwned.add(Folding.fold(v)));
                case "suffix" -> suffixes.addAll(values);
                case "verb" -> values.forEach(v -> verbs.add(Folding.fold(v)));
                case "kind" -> kindWords.put(Folding.fold(row.get(1)), row.subList(2, row.size()).stream().map(Folding::fold).toList());
                default -> values.forEach(alias -> addAlias(aliases, alias, row.get(0)));
            }
        }
        return new IssuerWords(List.copyOf(aliases), List.copyOf(suffixes), Set.copyOf(verbs), Map.copyOf(kindWords),
                List.copyOf(stateOwned), List.copyOf(selfRefs));
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

    /** section-lexicon.tsv: topic words, each with its department and weight; `none` rows hold stock phrases. */
    private static void readSectionLexicon(List<Map.Entry<String, ContentTerm>> content) {
        for (List<String> row : RuleFiles.rows("section-lexicon.tsv")) {
            if (row.get(0).equals("none")) {
                row.subList(2, row.size()).forEach(t -> content.add(Map.entry(Folding.fold(t), ContentTerm.NEUTRAL)));
                continue;
            }
            double weight = Double.parseDouble(row.get(1));
            row.subList(2, row.size()).forEach(t -> content.add(Map.entry(Folding.fold(t), ContentTerm.department(row.get(0), weight))));
        }
    }

    /** admin-levels.tsv; its self-references (我县) and city hints (各镇) join the body vocabulary. */
    private static AdminWords readAdminLevels(List<Map.Entry<String, ContentTerm>> content) {
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
        return new AdminWords(List.copyOf(units), List.copyOf(bodyTypes), Set.copyOf(zoneWords),
                cityAfter.stream().map(Folding::fold).toList(), prefectureOrgans.stream().map(Folding::fold).toList(),
                notCityName.toString());
    }

    /** roles.tsv; its tense words (将, 已) join the body vocabulary. */
    private static RoleWords readRoles(List<Map.Entry<String, ContentTerm>> content) {
        List<Map.Entry<String, RoleCue>> cues = new ArrayList<>();
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
                case "none" -> terms.forEach(t -> cues.add(Map.entry(Folding.fold(t), new RoleCue(null, 0))));
                default -> {
                    Role role = Role.valueOf(kind);
                    int weight = Integer.parseInt(row.get(1));
                    terms.forEach(t -> cues.add(Map.entry(Folding.fold(t), new RoleCue(role, weight))));
                }
            }
        }
        return new RoleWords(List.copyOf(cues), List.copyOf(findings), List.copyOf(ownProblems));
    }

    /** report-kinds.tsv: the words of a title that name a summary, a plan, a special topic or another document. */
    private static List<Map.Entry<String, TitleWord>> readReportKinds() {
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
        return List.copyOf(titleWords);
    }
}
