package dev.reportflow.classifier.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private final Lexicon<String> lexicon = Lexicon.of(List.of(
            Map.entry("问题", "PROBLEMS"), Map.entry("存在问题", "PROBLEMS"), Map.entry("问题导向", "none"),
            Map.entry("耕地", "land"), Map.entry("耕地保护", "land"), Map.entry("保护", "x")), (a, b) -> b);

    @Test
    void matchesLeftmostLongestWithoutOverlaps() {
        assertThat(lexicon.find("坚持问题导向，加强耕地保护，存在问题")).extracting(Lexicon.Hit::term)
                .containsExactly("问题导向", "耕地保护", "存在问题");
    }

    @Test
    void findsTermsAfterFailedPartialMatches() {
        assertThat(lexicon.find("耕耕地问问题")).extracting(Lexicon.Hit::term, Lexicon.Hit::start)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("耕地", 1), org.assertj.core.groups.Tuple.tuple("问题", 4));
    }
}
