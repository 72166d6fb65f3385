package dev.reportflow.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvidenceTest {

    @Test
    void keepsItsWordsInTheOrderFirstSeenAndCannotBeChanged() {
        List<String> words = List.of("预算", "审计", "财政", "资金", "整改", "国库", "绩效", "债务", "采购", "税收",
                "非税收入", "转移支付", "专项债券", "三保", "减税降费", "政府采购", "会计", "决算", "预算执行", "财源");
        Map<String, Integer> seen = new LinkedHashMap<>();
        words.forEach(word -> seen.put(word, 1));

        Evidence evidence = new Evidence("department.lexicon", 20, seen, "20 topic words");

        assertThat(evidence.terms().keySet()).containsExactlyElementsOf(words);
        assertThatThrownBy(() -> evidence.terms().put("新词", 1)).isInstanceOf(UnsupportedOperationException.class);
    }
}
