package dev.reportflow.classifier.report;

import dev.reportflow.classifier.rules.ContentTerm;
import dev.reportflow.classifier.section.TopicTally;
import java.util.HashMap;
import java.util.Map;

/**
 * What a whole report's words say beyond its sections' topics: the levels it speaks of itself
 * at (我县, 全区 …) and hints about the kind of city a 市 issuer belongs to.
 */
public final class ReportTally {

    private final TopicTally topics = new TopicTally();
    private final Map<String, Integer> ownAreaVotes = new HashMap<>();
    private final Map<String, Integer> areaMentions = new HashMap<>();
    private int countyCityHints;
    private int prefectureHints;

    /** 我县/全县 (weight 3) speak of the report's own area; 县委/县政府 (weight 1) may be a superior's. */
    void addLevel(String level, int weight) {
        (weight >= 3 ? ownAreaVotes : areaMentions).merge(level, weight, Integer::sum);
    }

    void addCityHint(ContentTerm.CityHint hint) {
        if (hint == ContentTerm.CityHint.COUNTY_LEVEL) {
            countyCityHints++;
        } else if (hint == ContentTerm.CityHint.PREFECTURE_LEVEL) {
            prefectureHints++;
        }
    }

    public TopicTally topics() {
        return topics;
    }

    /** How often the report speaks of its own area at each level (我县, 全区 …). */
    public Map<String, Integer> ownAreaVotes() {
        return ownAreaVotes;
    }

    /** How often it names each level's organs (县委, 市政府 …), its own or its superiors'. */
    public Map<String, Integer> areaMentions() {
        return areaMentions;
    }

    public int countyCityHints() {
        return countyCityHints;
    }

    public int prefectureHints() {
        return prefectureHints;
    }
}
