package dev.reportflow.classifier.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The compiled automaton finds what a plain reading finds: at each position the longest term that
 * starts there, skipping what it covers. Few letters, so that terms overlap, share prefixes and
 * send the automaton down failure links.
 */
class LexiconPropertiesTest {

    @Property(tries = 2000)
    void findsTheLeftmostLongestMatchesAPlainReadingFinds(@ForAll("terms") List<String> terms,
                                                          @ForAll("text") String text) {
        Lexicon<String> lexicon = Lexicon.of(terms.stream().map(t -> Map.entry(t, t)).toList(), (a, b) -> a);
        for (int from = 0; from <= text.length(); from += 3) {
            int to = Math.max(from, text.length() - from / 2);
            List<String> found = new ArrayList<>();
            lexicon.scan(text, from, to, (payload, term, start, end) -> found.add(term + "@" + start + "-" + end));
            assertThat(found).isEqualTo(plainReading(terms, text, from, to));
        }
    }

    private static List<String> plainReading(List<String> terms, String text, int from, int to) {
        List<String> found = new ArrayList<>();
        int i = from;
        while (i < to) {
            String longest = null;
            for (String t : terms) {
                if (!t.isEmpty() && i + t.length() <= to && text.startsWith(t, i)
                        && (longest == null || t.length() > longest.length())) {
                    longest = t;
                }
            }
            if (longest == null) {
                i++;
            } else {
                found.add(longest + "@" + i + "-" + (i + longest.length()));
                i += longest.length();
            }
        }
        return found;
    }

    @Provide
    Arbitrary<List<String>> terms() {
        return Arbitraries.strings().withChars("abcd").ofMinLength(1).ofMaxLength(9).list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings().withChars("abcdx").ofMaxLength(60);
    }
}
