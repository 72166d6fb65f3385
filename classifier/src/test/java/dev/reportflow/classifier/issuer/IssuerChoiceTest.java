package dev.reportflow.classifier.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reportflow.classifier.Classification;
import dev.reportflow.classifier.Classifier;
import dev.reportflow.classifier.Issuer;
import dev.reportflow.classifier.Report;
import dev.reportflow.classifier.json.ClassifyJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The issuer chosen among the bodies a report names, on real documents of the corpus's dev part
 * (corpus/labels/*.jsonl give each one's source): the winner written as the text writes it, and the
 * choice, with every candidate and its score, in the evidence.
 */
class IssuerChoiceTest {

    private static final Classifier CLASSIFIER = Classifier.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a mask written before the name (××市公安局) is the text's own form of the body
            "inst-030|××市公安局",
            // traditional characters stay as the text writes them; matching reads them folded
            "dept-030|長沙市望城區水利局",
            // a masked area (XX社区 when found) as the text masks it
            "base-027|**社区",
    })
    void theNameIsWrittenAsTheTextWritesIt(String id, String name) throws IOException {
        assertThat(firstReport(id).issuer().name()).isEqualTo(name);
    }

    /**
     * corpus/documents/gov-011.txt: the title (衡阳市…政府工作报告) and the speaker line name the same city;
     * each agrees with the other, and the title, the place believed most, wins.
     */
    @Test
    void placesThatNameTheSameBodyAgreeAndTheChoiceListsEveryCandidate() throws IOException {
        Issuer issuer = firstReport("gov-011").issuer();
        assertThat(issuer.name()).isEqualTo("衡阳市");
        Issuer.Choice choice = issuer.choice();
        assertThat(choice.candidates()).extracting(Issuer.Candidate::rule).contains("issuer.title", "issuer.speaker-line");
        Issuer.Candidate best = choice.candidates().get(0);
        assertThat(best.rule()).isEqualTo(issuer.evidence().rule());
        assertThat(best.score()).isEqualTo(choice.score());
        assertThat(choice.candidates()).allSatisfy(c -> assertThat(c.score()).isLessThanOrEqualTo(choice.score()));
        assertThat(choice.candidates()).filteredOn(c -> c.name().equals("衡阳市"))
                .allSatisfy(c -> assertThat(c.features()).containsKey("agreement"));
    }

    @Test
    void theClassifyJsonCarriesTheChoiceInTheIssuersEvidence() throws IOException {
        Classification c = classify("gov-011");
        JsonNode detail = ClassifyJson.report("gov-011", c.reports().get(0), c).get("issuer").get("evidence_detail");
        assertThat(detail.get("rule").asText()).isEqualTo("issuer.title");
        assertThat(detail.get("choice_score").asDouble()).isEqualTo(c.reports().get(0).issuer().choice().score());
        assertThat(detail.get("candidates").size()).isEqualTo(c.reports().get(0).issuer().choice().candidates().size());
        assertThat(detail.get("candidates").get(0).get("features").has("named")).isTrue();
    }

    private static Report firstReport(String id) throws IOException {
        return classify(id).reports().get(0);
    }

    private static Classification classify(String id) throws IOException {
        return CLASSIFIER.classifyOrThrow(Files.readString(Path.of("..", "corpus", "documents", id + ".txt"),
                StandardCharsets.UTF_8));
    }
}
