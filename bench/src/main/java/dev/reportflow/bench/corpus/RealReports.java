package dev.reportflow.bench.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The bench corpus made of the real reports of the project's corpus/ (the files its labels mark
 * as reports, not the hard negatives), each submitted as its source gave it: report {@code i} is
 * real report {@code i mod n}, from its own issuer. From the second pass over the files on, a
 * report ends with one line carrying its pass number (a 报送编号, as offices number what they send),
 * the only change made: without it the intake would take every repeat for a duplicate. So sizes,
 * sections, wording and compressibility are the real reports' own, not an imitation of them.
 */
public final class RealReports implements ReportSource {

    /** One real report: its file, its text's bytes, its issuer and its labelled top-level sections. */
    public record Original(String file, byte[] content, String issuer, int topLevelSections) {
    }

    private final List<Original> originals;
    private final String origin;

    private RealReports(List<Original> originals, String origin) {
        if (originals.isEmpty()) {
            throw new IllegalArgumentException("No labelled reports in " + origin);
        }
        this.originals = List.copyOf(originals);
        this.origin = origin;
    }

    /** Reads {@code dir}/labels/*.jsonl and the documents they label as reports. */
    public static RealReports load(Path dir) {
        ObjectMapper json = new ObjectMapper();
        Map<String, Original> byFile = new LinkedHashMap<>();
        try (Stream<Path> labelFiles = Files.list(dir.resolve("labels"))) {
            for (Path labels : labelFiles.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode label = json.readTree(line);
                    String file = label.path("file").asText();
                    if (label.path("not_a_report").asBoolean(false) || byFile.containsKey(file)) {
                        continue; // a compilation has one label per report in it; it is one submission
                    }
                    String issuer = label.path("issuer_name").asText("");
                    byFile.put(file, new Original(file, Files.readAllBytes(dir.resolve(file)),
                            issuer.isBlank() ? "单位" + (byFile.size() + 1) : issuer, label.path("sections").size()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the real corpus in " + dir, e);
        }
        return new RealReports(new ArrayList<>(byFile.values()), dir + " (" + byFile.size() + " real reports)");
    }

    public List<Original> originals() {
        return originals;
    }

    @Override
    public String origin() {
        return origin;
    }

    @Override
    public GeneratedReport generate(int index) {
        Original original = originals.get(index % originals.size());
        int pass = index / originals.size();
        byte[] content = original.content();
        if (pass > 0) {
            byte[] line = ("\n报送编号：" + pass + "\n").getBytes(StandardCharsets.UTF_8);
            byte[] numbered = new byte[content.length + line.length];
            System.arraycopy(content, 0, numbered, 0, content.length);
            System.arraycopy(line, 0, numbered, content.length, line.length);
            content = numbered;
        }
        String name = Path.of(original.file()).getFileName().toString().replace(".txt", "");
        return new GeneratedReport(index, original.issuer(), name + "-" + (index + 1) + ".txt", content,
                original.topLevelSections(), 0);
    }
}
