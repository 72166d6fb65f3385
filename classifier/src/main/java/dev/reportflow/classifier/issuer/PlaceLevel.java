package dev.reportflow.classifier.issuer;

import dev.reportflow.classifier.Evidence;
import dev.reportflow.classifier.Issuer;
import dev.reportflow.classifier.gazetteer.Division;
import dev.reportflow.classifier.gazetteer.Gazetteer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The administrative level of an issuer whose name starts with real places (长治市司法局, 安居区,
 * 武汉市), from the gazetteer of GB/T 2260 divisions: a place's name says its level, where the
 * suffix rules can only guess (a 市 is a prefecture-level city or a county-level one; 武汉市 is the
 * former, 浏阳市 the latter). The name must be made of places from its start, so that a word that
 * merely ends like one (示范县) is not taken for a county. Masked names (XX县) are left to the rules.
 */
final class PlaceLevel {

    /** Issuers' names repeat (every 县财政局 of a county's compilation): each is looked up once, up to a bound. */
    private static final int MAX_REMEMBERED = 10_000;

    private final Gazetteer gazetteer;
    private final Map<String, Optional<Division>> remembered = new ConcurrentHashMap<>();

    PlaceLevel(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The issuer with its level from the last place its name starts with, when that decides one; the
     * place and its code join the evidence whether or not they change the level the rules found.
     */
    Issuer refine(Issuer issuer) {
        if (issuer.name().isEmpty() || !issuer.isAssigned() || "enterprise".equals(issuer.level())
                || "institution".equals(issuer.level())) {
            return issuer;
        }
        Division place = placeOf(issuer.name());
        if (place == null) {
            return issuer;
        }
        Evidence e = issuer.evidence();
        Map<String, Integer> terms = new LinkedHashMap<>(e.terms());
        terms.put("gazetteer:" + place.code(), 1);
        return new Issuer(issuer.name(), place.level(), issuer.department(), new Evidence(e.rule(), e.score(), terms,
                e.detail() + "; gazetteer: " + place.name() + " (" + place.code() + ") → " + place.level()));
    }

    private Division placeOf(String name) {
        Optional<Division> known = remembered.get(name);
        if (known == null) {
            known = Optional.ofNullable(lastLeadingPlace(name));
            if (remembered.size() < MAX_REMEMBERED) {
                remembered.put(name, known);
            }
        }
        return known.orElse(null);
    }

    /**
     * The last division of the run of divisions the name starts with (山西省长治市 → 长治市), when one
     * division, or several of one level, answer to it; null otherwise.
     */
    private Division lastLeadingPlace(String name) {
        int at = 0;
        String level = null;
        Division last = null;
        for (Division.Match match : gazetteer.findIn(name)) {
            if (match.start() != at) {
                break;
            }
            List<Division> candidates = match.candidates();
            String matchLevel = candidates.get(0).level();
            if (candidates.stream().anyMatch(d -> !d.level().equals(matchLevel))) {
                return null;
            }
            level = matchLevel;
            last = match.division().orElse(candidates.get(0));
            at = match.end();
        }
        return level == null ? null : last;
    }
}
