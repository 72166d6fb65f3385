package dev.reportflow.classifier.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FirstSeenIndexTest {

    @Test
    void numbersStringsInTheOrderFirstSeenAsALinkedHashMapWould() {
        FirstSeenIndex index = new FirstSeenIndex();
        Map<String, Integer> expected = new LinkedHashMap<>();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 200; i++) { // past several rehashes
            words.add("词" + (i * 7919 % 61)); // repeats, in a scattered order
        }
        for (String w : words) {
            int n = index.add(new String(w)); // equal strings that are not the same object
            expected.putIfAbsent(w, expected.size());
            assertThat(n).isEqualTo(expected.get(w));
        }
        assertThat(index.size()).isEqualTo(expected.size());
        expected.forEach((w, n) -> {
            assertThat(index.key(n)).isEqualTo(w);
            assertThat(index.indexOf(w)).isEqualTo(n);
        });
        assertThat(index.indexOf("未见")).isEqualTo(-1);
    }
}
