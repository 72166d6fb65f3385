package dev.reportflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reportflow.app.demo.PipelineOutcomes;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine;

/**
 * The walking skeleton's path on whatever broker it is given: an office submits with the client,
 * the streams app routes, and a supervisor's `reportflow supervise` shows exactly the sections that
 * were routed to that department.
 */
final class EndToEndScenario {

    static final String TOWNSHIP_REPORT = """
            XX镇2024年工作总结及2025年工作计划

            2024年，XX镇在县委、县政府的坚强领导下，统筹发展和安全，各项工作取得新成效。
            一、2024年工作完成情况
            （一）耕地保护和土地整治。严格落实耕地保护责任，完成高标准农田建设3000亩，整改违法占用耕地图斑12宗。
            （二）安全生产和应急管理。开展安全生产隐患排查整治，检查企业86家次，组织防汛应急演练2次。
            （三）D建引领基层治理。加强村D组织建设，发展D员15名，开展D员集中培训4期。
            二、存在的问题
            一是产业结构单一，二是基础设施薄弱，三是安全生产监管力量不足。
            三、2025年工作计划
            （一）守牢耕地保护红线。落实田长制，坚决遏制耕地“非农化”。
            （二）筑牢安全生产防线。压实企业主体责任，提升应急救援能力。

            XX镇人民政府
            2024年12月10日
            """;

    static final String AUDIT_REPORT = """
            区审计局2024年工作总结和2025年工作计划

            2024年，区审计局依法全面履行审计监督职责。
            一、2024年工作开展情况
            （一）预算执行审计。完成区本级预算执行和决算草案审计。
            （二）专项资金审计。开展养老服务资金专项审计。
            二、存在的主要问题
            审计力量不足，整改跟踪机制有待完善。
            三、2025年工作计划
            （一）做深做实财政审计。
            （二）加强审计整改监督。
            """;

    private EndToEndScenario() {
    }

    static void run(String bootstrapServers, Path stateDir) throws Exception {
        AppConfig streamsConfig = AppConfig.load(ReportRouter.CONFIG_RESOURCE, null, Map.of(), Map.of(
                "bootstrap.servers", bootstrapServers, "application.id", "e2e-" + System.nanoTime(),
                "state.dir", stateDir.toString(), "reportflow.topics.partitions", "2"));
        TopicSetup setup = new TopicSetup(streamsConfig);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            setup.createMissing(admin, setup.required());
        }
        List<Receipt> receipts = new ArrayList<>();
        try (ReportRouter router = ReportRouter.start(streamsConfig)) {
            router.awaitRunning(Duration.ofSeconds(90));
            try (SubmissionClient client = new SubmissionClient(AppConfig.load(SubmissionClient.CONFIG_RESOURCE, null,
                    Map.of(), Map.of("bootstrap.servers", bootstrapServers)))) {
                receipts.add(client.submit("XX镇人民政府", "town.txt", TOWNSHIP_REPORT.getBytes(StandardCharsets.UTF_8), null));
                receipts.add(client.submit("区审计局", "audit.txt", AUDIT_REPORT.getBytes(StandardCharsets.UTF_8), null));
            }
            Set<String> ids = receipts.stream().map(Receipt::submissionId).collect(Collectors.toSet());
            try (PipelineOutcomes outcomes = new PipelineOutcomes(Map.of("bootstrap.servers", bootstrapServers), Topics.defaults(), ids)) {
                assertThat(outcomes.awaitAll(Duration.ofSeconds(90))).as("submissions not accounted for").isEmpty();
                assertThat(outcomes.rejections()).isEmpty();
                assertThat(outcomes.reports()).containsOnlyKeys(ids);

                Map<String, Set<String>> expectedByDepartment = outcomes.deliveries().values().stream()
                        .flatMap(List::stream)
                        .collect(Collectors.groupingBy(RoutedSection::getRoutedTo,
                                Collectors.mapping(RoutedSection::getDeliveryId, Collectors.toSet())));
                assertThat(expectedByDepartment).isNotEmpty();
                for (var department : expectedByDepartment.entrySet()) {
                    assertThat(supervise(bootstrapServers, department.getKey()))
                            .as("what the %s supervisor sees", department.getKey())
                            .extracting(json -> json.get("deliveryId").asText())
                            .containsExactlyInAnyOrderElementsOf(department.getValue());
                }
                String someDepartment = expectedByDepartment.keySet().iterator().next();
                assertThat(supervise(bootstrapServers, someDepartment, "--role", "PROBLEMS"))
                        .allSatisfy(json -> assertThat(json.get("role").asText()).isEqualTo("PROBLEMS"));
            }
        }
    }

    private static List<JsonNode> supervise(String bootstrapServers, String department, String... extra) throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = ReportflowCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        List<String> args = new ArrayList<>(List.of("supervise", "--bootstrap-servers", bootstrapServers,
                "--department", department, "--from-beginning", "--format", "json", "--group", "e2e-" + System.nanoTime()));
        args.addAll(List.of(extra));
        int exit = cli.execute(args.toArray(String[]::new));
        assertThat(exit).as("supervise exit code").isZero();
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                lines.add(mapper.readTree(line));
            }
        }
        return lines;
    }

    static Path tempStateDir() throws Exception {
        return Files.createTempDirectory("reportflow-e2e-state-");
    }
}
