package dev.reportflow.classifier.issuer;

import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.classifier.rules.TitleWord;
import dev.reportflow.classifier.split.TitleShape;
import java.util.List;

/**
 * Where a title's parts are: {@code from} past a leading year, {@code regionEnd} where the body's
 * name must end (the first year after it, or the first summary/plan word), {@code kindAt} that word;
 * {@code unit} the administrative unit the body region ends with (乡, XX镇, 县), or null.
 */
record TitleParts(int from, int regionEnd, int kindAt, String title, String unit) {

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
        return new TitleParts(from, regionEnd, kindAt[0], title, unitAtEnd(title, from, regionEnd, rules));
    }

    /** Whether the title has room for a body's name before its year or kind word. */
    boolean hasBodyRegion() {
        return regionEnd > from;
    }

    /** The title's body region, stripped ("XX乡", "区审计局"). */
    String region() {
        return title.substring(from, regionEnd).strip();
    }

    private static String unitAtEnd(String title, int from, int regionEnd, Rules rules) {
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
