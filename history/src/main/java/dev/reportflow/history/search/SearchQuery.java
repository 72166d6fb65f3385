package dev.reportflow.history.search;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a supervisor asks of the history: the departments they may read (empty: every department,
 * for triage and auditors), words or phrases that must all appear in the section's text, and
 * filters; {@code after} continues a previous page (keyset pagination: newest first).
 *
 * @param departments  the departments searched; empty searches every one
 * @param terms        each must appear in the text (case-insensitive for Latin letters)
 * @param roles        REVIEW, PROBLEMS, PLAN, HIGHLIGHTS, OTHER; empty: any
 * @param levels       the issuer's level (township, county...); empty: any
 * @param office       the submitting office, exactly; null: any
 * @param issuer       part of the issuer's name; null: any
 * @param from         received at or after; null: no bound
 * @param to           received before; null: no bound
 * @param minConfidence at least; null: no bound
 * @param maxConfidence at most; null: no bound
 * @param withdrawn    also the copies a correction withdrew (auditors)
 * @param after        the cursor of the previous page's last hit; null: the first page
 * @param limit        hits per page
 */
public record SearchQuery(Set<String> departments, List<String> terms, Set<String> roles, Set<String> levels,
                          String office, String issuer, Instant from, Instant to, Double minConfidence,
                          Double maxConfidence, boolean withdrawn, KeysetCursor after, int limit) {

    public static final int MAX_LIMIT = 1000;

    public SearchQuery {
        departments = Set.copyOf(departments);
        terms = terms.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty()).toList();
        roles = Set.copyOf(roles);
        levels = Set.copyOf(levels);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", not " + limit);
        }
    }

    /** Splits what a person typed into terms: spaces separate them (a phrase of Chinese has none). */
    public static List<String> terms(String typed) {
        return typed == null ? List.of() : List.of(typed.strip().split("\\s+"));
    }

    /** Every section of these departments, newest first. */
    public static SearchQuery everything(Set<String> departments, int limit) {
        return new SearchQuery(departments, List.of(), Set.of(), Set.of(), null, null, null, null, null, null, false,
                null, limit);
    }

    public SearchQuery withTerms(List<String> newTerms) {
        return new SearchQuery(departments, newTerms, roles, levels, office, issuer, from, to, minConfidence,
                maxConfidence, withdrawn, after, limit);
    }

    public SearchQuery after(KeysetCursor cursor) {
        return new SearchQuery(departments, terms, roles, levels, office, issuer, from, to, minConfidence,
                maxConfidence, withdrawn, cursor, limit);
    }
}
