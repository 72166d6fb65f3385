package dev.reportflow.classifier.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * What a word in a report's body tells: the departments its topic belongs to, the administrative
 * level it refers to (我县, 全区), its tense (将 / 已), or a hint about the kind of city (各镇, 县区).
 * One lexicon holds them all so that a report's text is read once.
 */
public record ContentTerm(List<DepartmentWeight> departments, String level, int levelWeight, int tense,
                          CityHint cityHint) {

    /** What a word says about a 市 issuer. */
    public enum CityHint { NONE, COUNTY_LEVEL, PREFECTURE_LEVEL }

    /**
     * A stock phrase that holds a topic word without its topic (健康发展 is no health matter): read
     * as one word, leftmost-longest, it hides the word inside it and tells nothing.
     */
    static final ContentTerm NEUTRAL = new ContentTerm(List.of(), null, 0, 0, CityHint.NONE);

    public ContentTerm {
        departments = List.copyOf(departments);
    }

    static ContentTerm department(String code, double weight) {
        return new ContentTerm(List.of(new DepartmentWeight(code, weight)), null, 0, 0, CityHint.NONE);
    }

    static ContentTerm selfLevel(String level, int weight) {
        return new ContentTerm(List.of(), level, weight, 0, CityHint.NONE);
    }

    static ContentTerm tense(int tense) {
        return new ContentTerm(List.of(), null, 0, tense, CityHint.NONE);
    }

    static ContentTerm city(CityHint hint) {
        return new ContentTerm(List.of(), null, 0, 0, hint);
    }

    /** Both meanings of a word listed twice. */
    static ContentTerm merge(ContentTerm a, ContentTerm b) {
        List<DepartmentWeight> departments = new ArrayList<>(a.departments);
        for (DepartmentWeight w : b.departments) {
            departments.removeIf(existing -> existing.department().equals(w.department()));
            departments.add(w);
        }
        return new ContentTerm(departments,
                a.level != null && a.levelWeight >= b.levelWeight ? a.level : b.level,
                Math.max(a.levelWeight, b.levelWeight),
                a.tense != 0 ? a.tense : b.tense,
                a.cityHint != CityHint.NONE ? a.cityHint : b.cityHint);
    }
}
