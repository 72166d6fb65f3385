package dev.reportflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.app.demo.PipelineOutcomes;
import dev.reportflow.broker.EmbeddedKafkaBroker;
import dev.reportflow.config.AppConfig;
import dev.reportflow.producers.submit.Receipt;
import dev.reportflow.producers.submit.SubmissionClient;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.Topics;
import dev.reportflow.streams.app.ReportRouter;
import dev.reportflow.streams.topics.TopicSetup;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A supervisor adds a department and a keyword with `reportflow rules put`; the running streams app
 * routes the next submission by them, without a restart, and says which rules version it used.
 */
class RoutingRulesIT {

    private static final String REPORT = """
            县水务局%d年工作总结和%d年工作计划

            %d年，县水务局统筹推进水利建设和水资源管理。
            一、%d年工作开展情况
            （一）水利工程建设。完成小型水库除险加固4座，新建灌溉渠道12公里。
            （二）河湖长制。落实河长巡河制度，清理河道垃圾300吨。
            （三）蓄滞洪区调度。完善蓄滞洪区调度方案，开展调度演练。
            二、%d年工作计划
            （一）加快水利项目建设。
            （二）做好蓄滞洪区调度准备。
            """;

    @Test
    void aRuleAddedAtRuntimeRoutesTheNextSubmission() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startFresh()) {
            String bootstrap = broker.bootstrapServers();
            AppConfig streamsConfig = AppConfig.load(ReportRouter.CONFIG_RESOURCE, null, Map.of(), Map.of(
                    "bootstrap.servers", bootstrap, "application.id", "rules-it",
                    "state.dir", EndToEndScenario.tempStateDir().toString(), "reportflow.topics.partitions", "1"));
            TopicSetup setup = new TopicSetup(streamsConfig);
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                setup.createMissing(admin, setup.required());
            }
            try (ReportRouter router = ReportRouter.start(streamsConfig)) {
                router.awaitRunning(Duration.ofSeconds(90));
                List<RoutedSection> before = route(bootstrap, REPORT.formatted(2023, 2024, 2023, 2023, 2024));

                cli(bootstrap, "rules", "put", "--id", "flood-dept", "--kind", "DEPARTMENT", "--department", "flood_control", "--term", "防汛抗旱");
                cli(bootstrap, "rules", "put", "--id", "flood-kw", "--kind", "SECTION_KEYWORD", "--department", "flood_control",
                        "--term", "蓄滞洪区", "--weight", "5");
                assertThat(cli(bootstrap, "rules", "list")).contains("flood-kw").contains("flood_control").contains("2 rule(s)");
                List<RoutedSection> after = awaitRoutedTo(bootstrap, "flood_control", REPORT.formatted(2024, 2025, 2024, 2024, 2025));

                assertThat(before).noneMatch(d -> d.getRoutedTo().equals("flood_control"));
                assertThat(after).filteredOn(d -> d.getRoutedTo().equals("flood_control"))
                        .isNotEmpty()
                        .allSatisfy(d -> {
                            assertThat(d.getText()).contains("蓄滞洪区");
                            assertThat(d.getRulesVersion()).isNotEqualTo(before.get(0).getRulesVersion()).contains("+");
                            assertThat(d.getDepartments()).anySatisfy(a -> {
                                assertThat(a.getDepartment()).isEqualTo("flood_control");
                                assertThat(a.getEvidence().getTerms()).anySatisfy(t -> assertThat(t.getTerm()).isEqualTo("蓄滞洪区"));
                            });
                        });
            }
        }
    }

    /** The global table is read asynchronously: resubmit (new text each time) until the rule shows. */
    private static List<RoutedSection> awaitRoutedTo(String bootstrap, String department, String text) throws Exception {
        List<RoutedSection> deliveries = List.of();
        for (int attempt = 0; attempt < 10; attempt++) {
            deliveries = route(bootstrap, text + "\n".repeat(attempt + 1));
            if (deliveries.stream().anyMatch(d -> d.getRoutedTo().equals(department))) {
                return deliveries;
            }
            Thread.sleep(500);
        }
        return deliveries;
    }

    private static List<RoutedSection> route(String bootstrap, String text) throws Exception {
        Receipt receipt;
        try (SubmissionClient client = new SubmissionClient(AppConfig.load(SubmissionClient.CONFIG_RESOURCE, null,
                Map.of(), Map.of("bootstrap.servers", bootstrap)))) {
            receipt = client.submit("县水务局", "water.txt", text.getBytes(StandardCharsets.UTF_8), null);
        }
        try (PipelineOutcomes outcomes = new PipelineOutcomes(Map.of("bootstrap.servers", bootstrap), Topics.defaults(), Set.of(receipt.submissionId()))) {
            assertThat(outcomes.awaitAll(Duration.ofSeconds(60))).isEmpty();
            assertThat(outcomes.rejections()).isEmpty();
            return outcomes.deliveries().get(receipt.submissionId());
        }
    }

    private static String cli(String bootstrap, String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = ReportflowCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        String[] withServer = new String[args.length + 2];
        System.arraycopy(args, 0, withServer, 0, args.length);
        withServer[args.length] = "--bootstrap-servers";
        withServer[args.length + 1] = bootstrap;
        assertThat(cli.execute(withServer)).as("reportflow %s", String.join(" ", args)).isZero();
        return out.toString();
    }
}
