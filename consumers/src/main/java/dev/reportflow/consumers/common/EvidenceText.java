package dev.reportflow.consumers.common;

import dev.reportflow.schemas.DepartmentAssignment;
import dev.reportflow.schemas.Evidence;
import dev.reportflow.schemas.MatchedTerm;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Short human-readable renderings of evidence, departments and times, shared by every text output. */
public final class EvidenceText {

    private static final DateTimeFormatter LOCAL_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx", Locale.ROOT).withZone(ZoneId.systemDefault());

    private EvidenceText() {
    }

    /** e.g. {@code section.lexicon 3: 预算×3, 资金×2}. */
    public static String describe(Evidence evidence) {
        StringBuilder text = new StringBuilder(evidence.getRule()).append(' ').append(score(evidence.getScore()));
        if (!evidence.getTerms().isEmpty()) {
            text.append(": ").append(terms(evidence.getTerms()));
        }
        if (!evidence.getDetail().isBlank()) {
            text.append(" — ").append(evidence.getDetail());
        }
        return text.toString();
    }

    /** The words behind a confidence, as {@code  (words: 防汛, 水库×2)}; empty when there is no evidence or no word. */
    public static String words(Evidence evidence) {
        return evidence == null || evidence.getTerms().isEmpty() ? "" : " (words: " + terms(evidence.getTerms()) + ")";
    }

    /** e.g. {@code 预算×3, 资金×2}. */
    public static String terms(List<MatchedTerm> terms) {
        return terms.stream().map(t -> t.getTerm() + "×" + t.getCount()).collect(Collectors.joining(", "));
    }

    /** e.g. {@code finance (section.lexicon 3: 预算×3); audit (...)}. */
    public static String departments(List<DepartmentAssignment> departments) {
        return departments.stream()
                .map(d -> d.getDepartment() + " (" + describe(d.getEvidence()) + ")")
                .collect(Collectors.joining("; "));
    }

    public static String score(double score) {
        return score == Math.rint(score) ? String.valueOf((long) score) : String.format(Locale.ROOT, "%.2f", score);
    }

    public static String localTime(Instant instant) {
        return LOCAL_TIME.format(instant);
    }
}
