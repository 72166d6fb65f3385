package dev.reportflow.classifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class OutlineCheckCommandTest {

    @Test
    void countsTheAnomaliesOfAFolderByKindAndListsThem(@TempDir Path folder) throws IOException {
        Path documents = Path.of("..", "corpus", "documents");
        Files.copy(documents.resolve("base-029.txt"), folder.resolve("base-029.txt"));
        Files.copy(documents.resolve("base-010.txt"), folder.resolve("base-010.txt"));
        StringWriter out = new StringWriter();
        CommandLine cmd = new CommandLine(new OutlineCheckCommand());
        cmd.setOut(new PrintWriter(out));

        int code = cmd.execute(folder.toString(), "--list");

        assertThat(code).isZero();
        assertThat(out.toString()).contains(": 2 texts, 2 reports")
                .containsPattern("NUMBER_RESTARTS +1 findings in +1 texts")
                .containsPattern("FIGURE_HEADING +0 findings in +0 texts")
                .contains("base-029.txt:18 NUMBER_RESTARTS 2 → 1");
    }
}
