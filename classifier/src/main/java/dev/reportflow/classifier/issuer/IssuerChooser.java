package dev.reportflow.classifier.issuer;

import dev.reportflow.classifier.Issuer;
import dev.reportflow.classifier.text.TextLines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses a report's issuer among the bodies it names, instead of taking the first that a rule finds.
 * Each candidate starts from its prior, how far the place it was found in is believed (the title, the
 * speaker line, the opening, a self-reference, the signature: {@link IssuerConfidence}), and gains or
 * loses by features that hold for work reports in general:
 * <ul>
 *   <li>{@code speaker}: it is the body a self-reference stands for (我院, 我局团支部): the grammatical
 *       speaker, not a body the report writes about;</li>
 *   <li>{@code named}: it gives a body's name, not only a kind or a masked unit (XX镇);</li>
 *   <li>{@code known-place}: its name starts with a place the gazetteer knows;</li>
 *   <li>{@code agreement}: other places of the report (title, opening, signature …) name the same body,
 *       perhaps in a shorter form (市卫健委 for 北京市卫健委);</li>
 *   <li>{@code repeated}: the report's first lines name it again and again, as a report names itself;</li>
 *   <li>{@code listed}: wherever the text names it, it follows another in a list (、): one of several
 *       bodies the report speaks of (its subordinates or peers), not the one that speaks, which heads
 *       such a list when it names itself in one (省卫生厅、财政厅制订了…).</li>
 * </ul>
 * The weights are set from what each feature says, smaller than the gaps between the priors they may
 * reorder: a feature breaks ties between places believed alike, and many together can outweigh one
 * place's lead. The winner's name is written as the text writes it (its own characters, traditional or
 * simplified, and a mask before it: **县科协), and the choice lists every candidate with its score.
 */
final class IssuerChooser {

    static final double SPEAKER = 0.1;
    static final double NAMED = 0.05;
    static final double KNOWN_PLACE = 0.03;
    static final double AGREEMENT = 0.05;
    static final int MAX_AGREEING = 2;
    static final double REPEATED = 0.02;
    static final int MAX_REPEATS = 3;
    static final double LISTED = -0.3;
    /** The most the features can add to a candidate's prior. */
    static final double MOST_ADDED = SPEAKER + NAMED + KNOWN_PLACE + AGREEMENT * MAX_AGREEING + REPEATED * MAX_REPEATS;

    /** How far into a report its own name is counted: a report names itself early, and this bounds the work. */
    private static final int READ_LINES = 80;
    /** Characters that stand for a withheld place name (XX镇, ××镇, **县, 某某村, __镇). */
    private static final String MASKS = "Xx×*＊某_";
    private static final char LIST_MARK = '、';
    private static final String GAZETTEER_TERM = "gazetteer:";

    /**
     * A body found by one of the recogniser's rules, where its name ends in the title, the prior of the
     * place the rule found it in (not lowered for a department the name does not tell: that is the
     * department's doubt, not the body's), whether it is the body a self-reference stands for, and which
     * finder found it (two finders may name their findings' evidence alike: issuer.department-from-content).
     */
    record Found(Issuer issuer, int titleBodyEnd, double prior, boolean speaker, int finder) {
    }

    /** A found body and the features that do not depend on the other candidates. */
    private record Scored(Found found, Map<String, Double> features, double own) {

        String name() {
            return found.issuer().name();
        }

        String rule() {
            return found.issuer().evidence().rule();
        }

        double prior() {
            return found.prior();
        }
    }

    private final TextLines lines;
    private final int start;
    private final int end;
    private final List<Scored> candidates = new ArrayList<>();

    IssuerChooser(TextLines lines, int start, int end) {
        this.lines = lines;
        this.start = start;
        this.end = end;
    }

    /**
     * Adds a body a finder found. The same name with the same evidence found again (the signature read
     * for a bare kind and for itself) is one place, counted once.
     */
    void add(Found found) {
        Issuer issuer = found.issuer();
        for (Scored c : candidates) {
            if (c.rule().equals(issuer.evidence().rule()) && c.name().equals(issuer.name()) && c.prior() == found.prior()) {
                return;
            }
        }
        Map<String, Double> features = new LinkedHashMap<>();
        if (found.speaker()) {
            features.put("speaker", SPEAKER);
        }
        String name = issuer.name();
        if (isName(name)) {
            features.put("named", NAMED);
            if (issuer.evidence().terms().keySet().stream().anyMatch(t -> t.startsWith(GAZETTEER_TERM))) {
                features.put("known-place", KNOWN_PLACE);
            }
            int[] mentions = mentions(name);
            if (mentions[0] > 1) {
                features.put("repeated", REPEATED * Math.min(mentions[0] - 1, MAX_REPEATS));
            }
            if (mentions[0] > 0 && mentions[1] == mentions[0]) {
                features.put("listed", LISTED);
            }
        }
        double own = found.prior() + features.values().stream().mapToDouble(Double::doubleValue).sum();
        candidates.add(new Scored(found, features, own));
    }

    boolean isEmpty() {
        return candidates.isEmpty();
    }

    /**
     * Whether the candidates found so far settle the choice: the best leads every candidate of another
     * body by more than agreement could add to that one, and no candidate still to be found (its prior
     * at most {@code nextPrior}) could reach it. Reading further would not change the body chosen, so
     * the costlier finders (the whole text read for a body of a self-reference's kind, the places a
     * grass-roots text names) are not run.
     */
    boolean settled(double nextPrior) {
        Scored best = null;
        for (Scored c : candidates) {
            if (best == null || c.own() > best.own()) {
                best = c;
            }
        }
        if (best == null || best.own() < nextPrior + MOST_ADDED) {
            return false;
        }
        for (Scored c : candidates) {
            if (c != best && !sameBody(c.found().issuer(), best.found().issuer())
                    && c.own() + AGREEMENT * MAX_AGREEING > best.own()) {
                return false;
            }
        }
        return true;
    }

    /** The best candidate, named as the text writes it, with the choice that picked it; the title's body end with it. */
    IssuerRecognizer.Result choose() {
        List<Issuer.Candidate> scored = new ArrayList<>();
        Scored best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Scored c : candidates) {
            Map<String, Double> features = new LinkedHashMap<>(c.features());
            int agreeing = 0;
            for (Scored other : candidates) {
                if (other.found().finder() != c.found().finder() && sameBody(c.found().issuer(), other.found().issuer())) {
                    agreeing++;
                }
            }
            if (agreeing > 0) {
                features.put("agreement", AGREEMENT * Math.min(agreeing, MAX_AGREEING));
            }
            double score = c.own() + features.getOrDefault("agreement", 0.0);
            Issuer i = c.found().issuer();
            scored.add(new Issuer.Candidate(i.name(), i.level(), i.department(), c.rule(), c.prior(), round(score), features));
            if (score > bestScore) { // ties go to the rule tried first
                best = c;
                bestScore = score;
            }
        }
        scored.sort(Comparator.comparingDouble(Issuer.Candidate::score).reversed());
        Issuer winner = best.found().issuer();
        Issuer fullest = fullestNamed(best);
        Issuer written = new Issuer(writtenForm(fullest.name()), fullest.level(), winner.department(), winner.evidence());
        return new IssuerRecognizer.Result(written.withChoice(new Issuer.Choice(round(bestScore), scored)),
                best.found().titleBodyEnd());
    }

    /**
     * The winner, or the candidate that gives the same body a fuller name (北京市卫健委 for the title's
     * 市卫健委): the name with its place is the one that tells the body apart, and the level is its.
     */
    private Issuer fullestNamed(Scored winner) {
        Issuer named = winner.found().issuer();
        for (Scored other : candidates) {
            Issuer o = other.found().issuer();
            if (o.name().length() > named.name().length() && isName(o.name()) && sameBody(winner.found().issuer(), o)) {
                named = o;
            }
        }
        return named;
    }

    /**
     * Whether two candidates name the same body: of one department, and one name the other's or the
     * other's with its place's name written before it (长治市司法局 and 市司法局, XX县财政局 and 财政局), masks
     * aside; 社区团委 is not 区团委's.
     */
    static boolean sameBody(Issuer a, Issuer b) {
        if (!a.department().equals(b.department()) || !isName(a.name()) || !isName(b.name())) {
            return false;
        }
        String x = unmasked(a.name());
        String y = unmasked(b.name());
        String longer = x.length() >= y.length() ? x : y;
        String shorter = longer == x ? y : x;
        return longer.equals(shorter) || !shorter.isEmpty() && longer.endsWith(shorter)
                && (startsWithUnit(shorter) || endsWithUnit(longer.substring(0, longer.length() - shorter.length())));
    }

    /** Whether a name's front is an area (XX县 of XX县财政局): what stands after it is that area's body. */
    private static boolean endsWithUnit(String front) {
        return !front.isEmpty() && (AdminLevel.isUnitWord(front.substring(front.length() - 1))
                || front.length() > 2 && AdminLevel.isUnitWord(front.substring(front.length() - 2)));
    }

    private static boolean startsWithUnit(String name) {
        return name.length() > 2 && (AdminLevel.isUnitWord(name.substring(0, 1)) || AdminLevel.isUnitWord(name.substring(0, 2)));
    }

    /** A name, not empty and not a masked or bare unit only (XX镇, 镇). */
    private static boolean isName(String name) {
        String rest = unmasked(name);
        return !rest.isEmpty() && !AdminLevel.isUnitWord(rest);
    }

    private static String unmasked(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            if (MASKS.indexOf(name.charAt(i)) < 0) {
                sb.append(name.charAt(i));
            }
        }
        return sb.toString();
    }

    /** How often the report's first lines write {@code name}, and how often after another in a list (、 before it). */
    private int[] mentions(String name) {
        int[] counts = new int[2];
        for (int i = start; i <= Math.min(end, start + READ_LINES); i++) {
            String line = lines.folded(i);
            for (int at = line.indexOf(name); at >= 0; at = line.indexOf(name, at + name.length())) {
                counts[0]++;
                if (at > 0 && line.charAt(at - 1) == LIST_MARK) {
                    counts[1]++;
                }
            }
        }
        return counts;
    }

    /**
     * The name as the text writes it: the report's own characters where it first writes the name
     * (traditional ones stay), with a mask written just before it (**县科协, ××市公安局); a masked unit
     * (XX镇) as the text masks it (××镇). A name the text never writes as such stays as it is.
     */
    private String writtenForm(String name) {
        if (name.isEmpty()) {
            return name;
        }
        String unit = unmasked(name);
        boolean masked = !name.equals(unit) && AdminLevel.isUnitWord(unit);
        String first = null;
        for (int i = start; i <= Math.min(end, start + READ_LINES); i++) {
            String folded = lines.folded(i);
            String original = lines.original(i);
            if (original.length() != folded.length()) {
                continue;
            }
            for (int at = masked ? maskedUnitAt(folded, unit, 0) : folded.indexOf(name); at >= 0;
                 at = masked ? maskedUnitAt(folded, unit, at + 1) : folded.indexOf(name, at + 1)) {
                int from = at;
                while (from > 0 && MASKS.indexOf(original.charAt(from - 1)) >= 0) {
                    from--;
                }
                String written = original.substring(from, at + (masked ? unit.length() : name.length()));
                if (from < at) {
                    return written; // the fullest form: the mask the text writes for the place
                }
                first = first == null ? written : first;
            }
        }
        return first == null ? name : first;
    }

    /** Where a unit written after a mask starts (××镇 → at 镇), from {@code from} on, or -1. */
    private static int maskedUnitAt(String line, String unit, int from) {
        for (int at = line.indexOf(unit, from); at >= 0; at = line.indexOf(unit, at + 1)) {
            if (at > 0 && MASKS.indexOf(line.charAt(at - 1)) >= 0) {
                return at;
            }
        }
        return -1;
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
