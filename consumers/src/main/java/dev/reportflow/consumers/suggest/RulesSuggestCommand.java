package dev.reportflow.consumers.suggest;

import dev.reportflow.config.AppConfig;
import dev.reportflow.config.ConnectionOptions;
import dev.reportflow.consumers.common.IsoTimeConverter;
import dev.reportflow.consumers.common.KafkaClients;
import dev.reportflow.consumers.common.TopicScanner;
import dev.reportflow.consumers.replay.Replay;
import dev.reportflow.consumers.replay.ReplayReport;
import dev.reportflow.consumers.replay.RulesTopicReader;
import dev.reportflow.decision.Decider;
import dev.reportflow.decision.DecisionSettings;
import dev.reportflow.decision.rules.RuleSnapshot;
import dev.reportflow.schemas.RoutingRule;
import dev.reportflow.schemas.Topics;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reportflow rules suggest}: learns routing rules from the clerks' corrections. Reads only. */
@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = {"Proposes routing rules learnt from routing.corrections: a section keyword for a",
                "department clerks added to units, an issuer alias for an issuer they corrected. Each comes",
                "with the corrections it would have fixed and its replay diff (what else in history it",
                "would change). Reads only; `rules put` applies one."})
public final class RulesSuggestCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "ISO_TIME", converter = IsoTimeConverter.class,
            description = "Replay diff from this intake time (default: the beginning of the intake topic).")
    Instant from;

    @Option(names = "--to", paramLabel = "ISO_TIME", converter = IsoTimeConverter.class,
            description = "Replay diff up to this intake time, exclusive (default: now).")
    Instant to;

    @Option(names = "--limit", defaultValue = "3", paramLabel = "N", description = "At most N suggestions (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--author", defaultValue = "${sys:user.name}", description = "Author of the proposed rules (default: ${DEFAULT-VALUE}).")
    String author;

    @Override
    public Integer call() throws Exception {
        Instant start = from == null ? Instant.EPOCH : from;
        Instant end = to == null ? Instant.now().plus(Duration.ofMinutes(1)) : to;
        if (limit < 1 || !start.isBefore(end)) {
            spec.commandLine().getErr().println("reportflow rules suggest: --limit must be at least 1 and --from before --to.");
            return 2;
        }
        AppConfig config = connection.load("reportflow-consumers.properties");
        Topics topics = Topics.from(config.asMap());
        Decider decider = new Decider(DecisionSettings.from(config.asMap()));
        PrintWriter out = spec.commandLine().getOut();
        SuggestionRenderer renderer = new SuggestionRenderer(out);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaClients(config).groupLessConsumer();
             PrintWriter quiet = new PrintWriter(Writer.nullWriter())) {
            TopicScanner scanner = new TopicScanner(consumer);
            Map<String, RoutingRule> live = RulesTopicReader.read(scanner, topics.routingRules());
            List<CorrectedCase> cases = CorrectionCases.read(scanner, topics, decider, new RuleSnapshot().classifierFor(live.values()));
            List<RuleSuggester.Suggestion> suggestions = new RuleSuggester(decider, live, author, Instant.now()).suggest(cases, limit);
            renderer.header(cases.size(), suggestions.size());
            if (suggestions.isEmpty()) {
                renderer.nothingToLearn(cases.size());
                return 0;
            }
            Replay replay = new Replay(scanner, topics, decider, quiet);
            ReplayReport withoutRule = replay.run(new Replay.Request(start, end, null, null, true));
            for (int i = 0; i < suggestions.size(); i++) {
                RoutingRule rule = suggestions.get(i).rule();
                ReplayReport withRule = replay.run(new Replay.Request(start, end, null, null, true, Map.of(rule.getRuleId(), rule)));
                renderer.suggestion(i + 1, suggestions.get(i), RuleEffect.between(withoutRule, withRule),
                        SuggestionRenderer.sourcesOf(cases));
            }
        }
        out.flush();
        return 0;
    }
}
