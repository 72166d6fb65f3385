package dev.reportflow.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.history.cli.SearchCommand;
import dev.reportflow.history.sink.StoredRecords;
import dev.reportflow.history.store.HistoryDatabase;
import dev.reportflow.history.store.HistorySettings;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.SectionRole;
import dev.reportflow.schemas.Topics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code reportflow search} against a real store: pages, exports, exit codes, a supervisor's scope. */
class SearchCommandIT {

    @TempDir
    Path dir;

    @Test
    void pagesExportsAndKeepsToTheNamedDepartments() throws Exception {
        HistorySettings settings = SharedPostgres.settings("cli");
        try (HistoryDatabase database = HistoryDatabase.open(settings)) {
            database.migrate();
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                for (String department : List.of("finance", "audit")) {
                    RoutedSection s = Records.section("sub-0-" + i, "1.1", department, SectionRole.PROBLEMS,
                            "　　乡村振兴衔接资金使用第" + i + "项。").setReceivedAt(Records.RECEIVED.plusSeconds(i)).build();
                    records.add(new ConsumerRecord<>(Topics.defaults().routed(department), 0, records.size(), null,
                            AvroSerde.of(RoutedSection.class).toBytes(s)));
                }
            }
            try (Connection c = database.connection()) {
                c.setAutoCommit(false);
                new StoredRecords(Topics.defaults()).write(c, records);
                c.commit();
            }
        }
        String url = "reportflow.history.jdbc-url=" + settings.jdbcUrl();

        Run page = run("--department", "finance", "-q", "乡村振兴", "--limit", "2", "-D", url);
        assertThat(page.exit).isZero();
        assertThat(page.out).contains("sub-0-4#1/1.1@finance", "sub-0-3#1/1.1@finance").doesNotContain("@audit")
                .contains("更多 More: --after ");
        String cursor = page.out.substring(page.out.indexOf("--after ") + 8).strip();
        Run next = run("--department", "finance", "-q", "乡村振兴", "--limit", "2", "--after", cursor, "-D", url);
        assertThat(next.out).contains("sub-0-2#", "sub-0-1#").doesNotContain("sub-0-3#", "sub-0-4#");

        Path csv = dir.resolve("finance.csv");
        Run export = run("--department", "finance", "-q", "衔接资金", "--all", "--limit", "2", "--format", "csv",
                "--out", csv.toString(), "-D", url);
        assertThat(export.exit).isZero();
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String content = new String(bytes, StandardCharsets.UTF_8);
        assertThat(content.split("\r\n")).hasSize(6); // the header and every page's rows
        assertThat(content).doesNotContain("@audit");

        assertThat(run("--department", "finance", "-q", "粮食安全", "-D", url).exit).as("nothing matches").isEqualTo(1);
        assertThat(run("-q", "乡村振兴", "-D", url).exit).as("a department or --all-departments is required").isEqualTo(2);
        assertThat(run("--department", "finance;drop", "-D", url).exit).isEqualTo(2);
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new SearchCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
