package dev.reportflow.documents.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ClassifyCommandTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryFormatTheIntakeReads() throws Exception {
        Path fixtures = Path.of("src", "test", "resources", "fixtures");
        Run run = run(fixtures.resolve("report.pdf").toString(), fixtures.resolve("report.doc").toString(),
                fixtures.resolve("report.ofd").toString());

        assertThat(run.exitCode).isZero();
        assertThat(run.json).hasSize(3).allSatisfy(report -> {
            assertThat(report.has("rejected")).as(report.toString()).isFalse();
            assertThat(report.get("issuer").get("department").asText()).isEqualTo("emergency_management");
        });
    }

    @Test
    void printsOneObjectPerReportInTheContractsShape() throws Exception {
        Run run = run(Path.of("..", "samples", "compilation-2024.txt").toString());
        assertThat(run.exitCode).isZero();
        assertThat(run.json).hasSize(3);
        JsonNode first = run.json.get(0);
        assertThat(fieldNames(first)).startsWith("source", "start_line", "end_line", "title", "issuer", "kind", "years", "sections");
        assertThat(fieldNames(first.get("issuer"))).startsWith("name", "level", "department", "evidence");
        assertThat(first.get("issuer").get("evidence").isTextual()).isTrue();
        JsonNode section = first.get("sections").get(0);
        assertThat(fieldNames(section)).startsWith("line", "heading", "role", "departments", "subsections");
        assertThat(fieldNames(section.get("subsections").get(0))).startsWith("line", "heading", "departments");
        assertThat(first.get("start_line").asInt()).isEqualTo(8);
        assertThat(first.get("years").toString()).isEqualTo("[2024,2025]");
    }

    @Test
    void rejectsWhatItCannotClassifyAndStillPrintsTheRest() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("image.bin"), new byte[] {0, 1, 2, 3, 0, 5});
        Path news = Files.writeString(dir.resolve("news.txt"), "今天天气很好。\n我们去公园散步。\n", StandardCharsets.UTF_8);
        Path report = Path.of("..", "samples", "county-audit-2024.gbk.txt");
        Run run = run(empty.toString(), binary.toString(), news.toString(), dir.resolve("missing.txt").toString(), report.toString());
        assertThat(run.exitCode).isZero();
        List<String> reasons = new ArrayList<>();
        run.json.forEach(o -> reasons.add(o.has("rejected") ? o.get("rejected").get("reason").asText() : "REPORT"));
        assertThat(reasons).containsExactly("EMPTY", "BINARY", "NOT_A_REPORT", "UNREADABLE", "REPORT");
        assertThat(run.json.get(4).get("issuer").get("department").asText()).isEqualTo("audit");
    }

    @Test
    void exitsWithTwoWhenNoFileIsClassified() throws Exception {
        Run run = run(dir.resolve("missing.txt").toString());
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.stderr).contains("missing.txt");
    }

    private record Run(int exitCode, JsonNode json, String stderr) {
    }

    private static Run run(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new ClassifyCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return new Run(code, new ObjectMapper().readTree(out.toString()), err.toString());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
