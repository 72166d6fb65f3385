package dev.reportflow.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reportflow.classifier.json.ClassifyJson;
import dev.reportflow.classifier.text.DecodedText;
import dev.reportflow.classifier.text.TextDecoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The classifier's behaviour, pinned: every text it is measured on (the real corpus, dev and blind
 * alike, ../shared/samples, the project's samples and the regression sets) classified, and the
 * {@code classify} JSON of each compared with the committed {@code src/test/resources/golden/classifications.jsonl}
 * (one line per file, sorted by file). A refactoring or a speed-up must leave it unchanged; an
 * intended change of behaviour (a new rule, a better issuer) rewrites it on purpose, and the diff is
 * reviewed with the change:
 *
 * <pre>
 * mvn -B -o -pl classifier -am test -Dtest=GoldenClassificationsTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dreportflow.golden.update=true
 * git diff --word-diff classifier/src/test/resources/golden/classifications.jsonl
 * </pre>
 *
 * The accuracy that a change wins or loses is measured by {@code EvalCommand}, not here: this test
 * says only that something changed, and where.
 */
class GoldenClassificationsTest {

    /** Set to true to write the golden file from the classifier as it is, instead of checking it. */
    static final String UPDATE_PROPERTY = "reportflow.golden.update";
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "classifications.jsonl");
    /** Where a failing run leaves what it found, to diff against the golden file. */
    private static final Path ACTUAL = Path.of("target", "golden", "classifications.jsonl");
    private static final ObjectMapper JSON = ClassifyJson.mapper();
    /** How many changed files the failure lists in detail (the rest are counted). */
    private static final int DETAILED = 15;

    private final Classifier classifier = Classifier.standard();

    @Test
    void everyTextClassifiesExactlyAsTheGoldenFileSays() throws IOException {
        Map<String, String> actual = new TreeMap<>();
        for (Map.Entry<String, Path> text : texts().entrySet()) {
            actual.put(text.getKey(), JSON.writeValueAsString(line(text.getKey(), text.getValue())));
        }
        assertThat(actual).as("texts found to classify").hasSizeGreaterThan(200);

        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Files.createDirectories(GOLDEN.getParent());
            Files.write(GOLDEN, actual.values(), StandardCharsets.UTF_8);
            System.out.println("wrote " + actual.size() + " classifications to " + GOLDEN.toAbsolutePath());
            return;
        }
        assertThat(GOLDEN).as("the golden file; write it with -D" + UPDATE_PROPERTY + "=true").exists();
        Map<String, String> expected = new TreeMap<>();
        for (String l : Files.readAllLines(GOLDEN, StandardCharsets.UTF_8)) {
            expected.put(JSON.readTree(l).get("file").asText(), l);
        }
        List<String> differences = differences(expected, actual);
        if (!differences.isEmpty()) {
            Files.createDirectories(ACTUAL.getParent());
            Files.write(ACTUAL, actual.values(), StandardCharsets.UTF_8);
        }
        assertThat(differences).as("classifications that differ from " + GOLDEN + " (all of them are in " + ACTUAL
                + "; if intended, rewrite the golden file with -D" + UPDATE_PROPERTY + "=true and review the diff)").isEmpty();
    }

    /** The file key and its classification, as {@code reportflow classify} prints it. */
    private ObjectNode line(String key, Path file) throws IOException {
        ObjectNode line = JSON.createObjectNode();
        line.put("file", key);
        ArrayNode out = line.putArray("classification");
        DecodedText decoded = TextDecoder.decode(Files.readAllBytes(file));
        if (!decoded.isOk()) {
            out.add(ClassifyJson.rejected(key, decoded.failure().name(), decoded.message()));
            return line;
        }
        Classification c = classifier.classify(decoded.text());
        if (c.reports().isEmpty()) {
            out.add(ClassifyJson.notAReport(key, c.notAReport()));
        } else {
            ClassifyJson.reports(key, c).forEach(out::add);
        }
        return line;
    }

    /** Every text, by a key that names where it lives (corpus/documents/base-001.txt). */
    private static Map<String, Path> texts() throws IOException {
        Path shared = Path.of(System.getProperty("reportflow.shared.dir", "../../shared"));
        Map<String, Path> texts = new TreeMap<>();
        add(texts, "corpus/documents", Path.of("..", "corpus", "documents"));
        add(texts, "shared/samples", shared.resolve("samples"));
        add(texts, "samples", Path.of("..", "samples"));
        Path regression = Path.of("src", "test", "resources", "regression");
        try (Stream<Path> sets = Files.list(regression)) {
            for (Path set : sets.filter(Files::isDirectory).sorted().toList()) {
                add(texts, "classifier/regression/" + set.getFileName(), set);
            }
        }
        add(texts, "classifier/fixtures", Path.of("src", "test", "resources", "fixtures"));
        return texts;
    }

    private static void add(Map<String, Path> texts, String key, Path dir) throws IOException {
        assertThat(dir).as("a folder of texts").isDirectory();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().endsWith(".txt"))
                    .forEach(f -> texts.put(key + "/" + f.getFileName(), f));
        }
    }

    /** One line per changed, new or missing file, the first few with the first place their JSON differs. */
    private static List<String> differences(Map<String, String> expected, Map<String, String> actual) throws IOException {
        List<String> found = new ArrayList<>();
        for (String key : expected.keySet()) {
            if (!actual.containsKey(key)) {
                found.add(key + ": in the golden file, no longer classified");
            }
        }
        for (Map.Entry<String, String> a : actual.entrySet()) {
            String e = expected.get(a.getKey());
            if (e == null) {
                found.add(a.getKey() + ": new, not in the golden file");
            } else if (!e.equals(a.getValue())) {
                found.add(a.getKey() + (found.size() < DETAILED
                        ? ": " + firstDifference("", JSON.readTree(e), JSON.readTree(a.getValue())) : ": changed"));
            }
        }
        return found;
    }

    /** The JSON pointer of the first difference between two values, with both values. */
    private static String firstDifference(String at, JsonNode expected, JsonNode actual) {
        if (expected.isObject() && actual.isObject()) {
            Iterator<String> names = expected.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!actual.has(name)) {
                    return at + "/" + name + " is gone";
                }
                if (!expected.get(name).equals(actual.get(name))) {
                    return firstDifference(at + "/" + name, expected.get(name), actual.get(name));
                }
            }
            List<String> added = new ArrayList<>();
            actual.fieldNames().forEachRemaining(name -> {
                if (!expected.has(name)) {
                    added.add(name);
                }
            });
            return added.isEmpty() ? at + ": the same fields in another order" : at + " has new fields " + added;
        }
        if (expected.isArray() && actual.isArray()) {
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                if (!expected.get(i).equals(actual.get(i))) {
                    return firstDifference(at + "/" + i, expected.get(i), actual.get(i));
                }
            }
            return at + " has " + actual.size() + " elements, not " + expected.size();
        }
        return at + ": expected " + expected + " but was " + actual;
    }
}
