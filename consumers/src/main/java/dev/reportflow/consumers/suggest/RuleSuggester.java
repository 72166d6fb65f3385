package dev.reportflow.consumers.suggest;

import dev.reportflow.classifier.Classifier;
import dev.reportflow.decision.Decider;
import dev.reportflow.decision.rules.RuleSnapshot;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.RoutingCorrection;
import dev.reportflow.schemas.RoutingRule;
import dev.reportflow.schemas.RuleKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Proposes routing rules from corrections: for a department the clerks added to units, a section
 * keyword from those units' words; for an issuer they corrected, an issuer alias naming the office.
 * Each candidate is tried by deciding the corrected submissions again through the decision core with
 * the candidate layered over the live rules; a candidate is proposed with the corrections it would
 * have made unnecessary, the best one per kind and department.
 */
final class RuleSuggester {

    /** Section keyword weights tried, lightest first: the lightest that fixes the most is proposed. */
    static final double[] KEYWORD_WEIGHTS = {2, 5, 10};
    static final int KEYWORDS_TRIED = 5;
    static final int MAX_TERM_CHARS = 64;

    /**
     * @param fixes the corrections the rule would have made unnecessary
     * @param of    how many corrections asked for this department or issuer
     */
    record Suggestion(RoutingRule rule, List<RoutingCorrection> fixes, int of) {
    }

    private final Decider decider;
    private final Map<String, RoutingRule> liveRules;
    private final String author;
    private final Instant now;

    RuleSuggester(Decider decider, Map<String, RoutingRule> liveRules, String author, Instant now) {
        this.decider = decider;
        this.liveRules = Map.copyOf(liveRules);
        this.author = author;
        this.now = now;
    }

    List<Suggestion> suggest(List<CorrectedCase> cases, int limit) {
        // A correction today's rules already honour asks for nothing more.
        List<CorrectedCase> open = cases.stream().filter(c -> !c.fixedBy(c.today())).toList();
        List<Suggestion> suggestions = new ArrayList<>();
        byAddedDepartment(open).forEach((department, asking) -> best(keywordCandidates(department, asking), asking)
                .ifPresent(suggestions::add));
        byIssuerDepartment(open).forEach((department, asking) -> best(aliasCandidates(department, asking), asking)
                .ifPresent(suggestions::add));
        suggestions.sort(Comparator.comparingInt((Suggestion s) -> s.fixes().size()).reversed()
                .thenComparing(s -> s.rule().getRuleId()));
        return suggestions.stream().limit(limit).toList();
    }

    private java.util.Optional<Suggestion> best(List<RoutingRule> candidates, List<CorrectedCase> asking) {
        Suggestion best = null;
        for (RoutingRule candidate : candidates) {
            List<RoutingCorrection> fixes = fixes(candidate, asking);
            if (!fixes.isEmpty() && (best == null || fixes.size() > best.fixes().size())) {
                best = new Suggestion(candidate, fixes, asking.size());
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /** The corrections in {@code asking} that the live rules with {@code candidate} would have made unnecessary. */
    List<RoutingCorrection> fixes(RoutingRule candidate, List<CorrectedCase> asking) {
        Map<String, RoutingRule> rules = new TreeMap<>(liveRules);
        rules.put(candidate.getRuleId(), candidate);
        Classifier classifier = new RuleSnapshot().classifierFor(rules.values());
        return asking.stream().filter(c -> c.fixedBy(decider.classify(c.accepted(), classifier, now)))
                .map(CorrectedCase::correction).toList();
    }

    private List<RoutingRule> keywordCandidates(String department, List<CorrectedCase> asking) {
        List<String> corrected = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (CorrectedCase c : asking) {
            corrected.add(texts(c.concerned(c.today())));
            others.add(texts(c.others(c.today())));
        }
        List<RoutingRule> candidates = new ArrayList<>();
        for (KeywordCandidates.Candidate term : KeywordCandidates.rank(corrected, others, KEYWORDS_TRIED)) {
            for (double weight : KEYWORD_WEIGHTS) {
                candidates.add(rule(RuleKind.SECTION_KEYWORD, department, term.term(), weight));
            }
        }
        return candidates;
    }

    private List<RoutingRule> aliasCandidates(String department, List<CorrectedCase> asking) {
        Set<String> names = new LinkedHashSet<>();
        for (CorrectedCase c : asking) {
            String office = c.accepted().submission().getOffice().strip();
            if (!office.isEmpty() && office.length() <= MAX_TERM_CHARS) {
                names.add(office);
            }
        }
        return names.stream().map(name -> rule(RuleKind.ISSUER_ALIAS, department, name, 1.0)).toList();
    }

    private static String texts(List<RoutedSection> copies) {
        Map<String, String> byUnit = new LinkedHashMap<>();
        copies.forEach(c -> byUnit.putIfAbsent(c.getUnitId(), c.getText()));
        return String.join("\n", byUnit.values());
    }

    private static Map<String, List<CorrectedCase>> byAddedDepartment(List<CorrectedCase> cases) {
        Map<String, List<CorrectedCase>> asking = new TreeMap<>();
        for (CorrectedCase c : cases) {
            c.correction().getDepartmentsAdded().forEach(d -> asking.computeIfAbsent(d, k -> new ArrayList<>()).add(c));
        }
        return asking;
    }

    private static Map<String, List<CorrectedCase>> byIssuerDepartment(List<CorrectedCase> cases) {
        Map<String, List<CorrectedCase>> asking = new TreeMap<>();
        for (CorrectedCase c : cases) {
            if (c.correction().getIssuerDepartment() != null) {
                asking.computeIfAbsent(c.correction().getIssuerDepartment(), k -> new ArrayList<>()).add(c);
            }
        }
        return asking;
    }

    /** A rule id that names what it does and stays the same for the same proposal. */
    private RoutingRule rule(RuleKind kind, String department, String term, double weight) {
        String id = "suggested-" + department + "-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                + "-" + digest(term);
        return RoutingRule.newBuilder().setRuleId(id).setKind(kind).setDepartment(department).setTerm(term)
                .setWeight(weight).setAuthor(author).setCreatedAt(now).build();
    }

    private static String digest(String term) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(term.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
