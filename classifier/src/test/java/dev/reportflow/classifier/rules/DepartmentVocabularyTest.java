package dev.reportflow.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The topic vocabulary (section-lexicon.tsv) against the department codes: every line department has
 * a core of words that belong to its line alone (weight 3), no word is listed twice for one department,
 * and no row names a department the rules do not know.
 */
class DepartmentVocabularyTest {

    /** The fewest strong words a line department's vocabulary may have (audit's 审计 family is five). */
    private static final int MIN_STRONG_WORDS = 5;
    /** A people's government's report spans every line: its department is the issuer's, never a topic. */
    private static final String GENERAL_GOVERNMENT = "general_government";

    @Test
    void everyLineDepartmentHasItsCoreWordsAndNoWordIsListedTwice() {
        Set<String> codes = Rules.bundled().departmentCodes();
        Map<String, Integer> strong = new HashMap<>();
        Set<String> listed = new HashSet<>();
        Set<String> twice = new HashSet<>();
        for (List<String> row : RuleFiles.rows("section-lexicon.tsv")) {
            String department = row.get(0);
            if (department.equals("none")) {
                continue;
            }
            assertThat(codes).as("the department of a lexicon row").contains(department);
            List<String> words = row.subList(2, row.size());
            if (Double.parseDouble(row.get(1)) >= 3) {
                strong.merge(department, words.size(), Integer::sum);
            }
            for (String word : words) {
                if (!listed.add(department + " " + word)) {
                    twice.add(department + " " + word);
                }
            }
        }
        assertThat(twice).as("words listed twice for one department").isEmpty();
        for (String code : codes) {
            if (!code.equals(GENERAL_GOVERNMENT)) {
                assertThat(strong.getOrDefault(code, 0)).as("strong words of " + code).isGreaterThanOrEqualTo(MIN_STRONG_WORDS);
            }
        }
    }
}
