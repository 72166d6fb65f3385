package dev.reportflow.classifier.issuer;

import dev.reportflow.classifier.rules.DepartmentInfo;
import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.classifier.rules.TitleWord;
import dev.reportflow.classifier.section.TopicTally;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The issuing department that words point to, when no name tells it: a report's vocabulary (for a
 * body whose name tells no department, 公司, 我局), or a title's topic (纪检监察, 数字经济, 政务公开).
 */
final class ContentDepartments {

    /** A department read from the content must lead the next by this much to be believed. */
    private static final double CONTENT_MARGIN = 1.3;
    private static final double CONTENT_MIN_SCORE = 8;

    private final Rules rules;

    ContentDepartments(Rules rules) {
        this.rules = rules;
    }

    /** The department a report's vocabulary points to, its title's special topics left out, or null. */
    String ofReport(TopicTally tally, String title) {
        return best(tally, specialTopicDepartments(title), CONTENT_MIN_SCORE, false);
    }

    /**
     * The department of a bureau that calls itself only 我局: as {@link #ofReport}, but a topic-only line may be
     * its own (a 我局 whose words are all 三农 and 乡村振兴 is the agriculture bureau): a topic-only code is kept
     * from a government's, an institution's or a company's vocabulary because any of them touches the topic, but
     * a government's bureau speaks of its own line.
     */
    String ofSelfReferringBureau(TopicTally tally, String title) {
        return best(tally, specialTopicDepartments(title), CONTENT_MIN_SCORE, true);
    }

    /** The department a title's topic belongs to ({@code title[from, to)}), if one leads clearly. */
    DepartmentInfo ofTitleTopic(String title, int from, int to) {
        if (to <= from) {
            return null;
        }
        TopicTally tally = new TopicTally();
        rules.content().scan(title, from, to, (term, text, s, e) -> term.departments().forEach(w -> tally.add(w, text, 1, true)));
        String best = best(tally, Set.of(), 0, false);
        return best == null ? null : rules.department(best);
    }

    /**
     * Whether a title's topic ({@code title[from, to)}, between its body and its kind word) is party building
     * (医院党建工作总结, 党的建设): then the body's party organisation reports, and party building is its line, though
     * a topic-only code is never read from a report's words.
     */
    boolean isPartyBuilding(String title, int from, int to) {
        if (to <= from) {
            return false;
        }
        TopicTally tally = new TopicTally();
        rules.content().scan(title, from, to, (term, text, s, e) -> term.departments().forEach(w -> tally.add(w, text, 1, true)));
        return tally.scores().entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(e -> e.getKey().equals(PARTY_BUILDING)).isPresent();
    }

    static final String PARTY_BUILDING = "party_building";

    /** The issuing department a vocabulary points to: never a topic-only code, and clearly ahead. */
    private String best(TopicTally tally, Set<String> excluded, double minScore, boolean topicOnlyToo) {
        String best = null;
        double first = 0;
        double second = 0;
        for (Map.Entry<String, Double> e : tally.scores().entrySet()) {
            DepartmentInfo info = rules.department(e.getKey());
            if (info == null || info.topicOnly() && !topicOnlyToo || excluded.contains(e.getKey()) || e.getKey().equals(Mentions.GOVERNMENT)) {
                continue;
            }
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return best != null && first >= minScore && first >= second * CONTENT_MARGIN ? best : null;
    }

    /** The departments of a special topic in the title (党风廉政 → discipline_inspection): not the issuer's sector. */
    private Set<String> specialTopicDepartments(String title) {
        Set<String> codes = new HashSet<>();
        rules.titleWords().scan(title, 0, title.length(), (TitleWord w, String term, int s, int e) -> {
            if (w == TitleWord.SPECIAL_TOPIC) {
                rules.content().scan(term, 0, term.length(), (ct, t, a, b) -> ct.departments().forEach(d -> codes.add(d.department())));
            }
        });
        return codes;
    }
}
