package dev.reportflow.classifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EvalCommandTest {

    @Test
    void printsTheFiguresForTheProjectSamples() {
        StringWriter out = new StringWriter();
        CommandLine cmd = new CommandLine(new EvalCommand());
        cmd.setOut(new PrintWriter(out));
        int code = cmd.execute("../samples/gold.jsonl");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("report boundaries (exact)", "5/5", "targets: all met", "misses (0)",
                "issuer name (normalised)", "issuer name (exact string)", "naming: ");
    }
}
