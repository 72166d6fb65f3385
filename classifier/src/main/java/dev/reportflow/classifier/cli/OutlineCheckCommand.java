package dev.reportflow.classifier.cli;

import dev.reportflow.classifier.Classification;
import dev.reportflow.classifier.Classifier;
import dev.reportflow.classifier.eval.OutlineAnomalies;
import dev.reportflow.classifier.eval.OutlineAnomalies.Anomaly;
import dev.reportflow.classifier.eval.OutlineAnomalies.Kind;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reportflow outline-check DIR... [--list]}: outline anomalies of unlabelled texts, by kind. */
@Command(name = "outline-check", mixinStandardHelpOptions = true,
        description = "Classify every .txt file under the given folders and count the outline anomalies that need no labels "
                + "(a count that skips or restarts, mixed styles, a sentence, figure or chrome for a heading, fewer sections "
                + "than the text's own 一、 count …), by kind. A tool to find general failures on unlabelled real text; "
                + "every finding is to be read, not scored.")
public final class OutlineCheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders of UTF-8 .txt files.")
    private List<Path> folders;

    @Option(names = "--list", description = "Also list every finding: file, line, kind and what was seen.")
    private boolean list;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    private final Classifier classifier;

    public OutlineCheckCommand() {
        this(Classifier.standard());
    }

    public OutlineCheckCommand(Classifier classifier) {
        this.classifier = classifier;
    }

    @Override
    public Integer call() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        Map<Kind, Integer> findings = new EnumMap<>(Kind.class);
        Map<Kind, Set<Path>> texts = new EnumMap<>(Kind.class);
        List<String> listed = new ArrayList<>();
        int reports = 0;
        for (Path file : files) {
            Classification c = classifier.classify(Files.readString(file, StandardCharsets.UTF_8));
            reports += c.reports().size();
            for (Anomaly a : OutlineAnomalies.of(c)) {
                findings.merge(a.kind(), 1, Integer::sum);
                texts.computeIfAbsent(a.kind(), k -> new HashSet<>()).add(file);
                listed.add(file + ":" + a.line() + " " + a.kind() + " " + a.detail());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("classifier %s, rules %s: %d texts, %d reports%n", Classifier.VERSION, classifier.rules().version(),
                files.size(), reports);
        for (Kind kind : Kind.values()) {
            out.printf("  %-22s %4d findings in %4d texts   %s%n", kind, findings.getOrDefault(kind, 0),
                    texts.getOrDefault(kind, Set.of()).size(), kind.description());
        }
        if (list) {
            listed.forEach(out::println);
        }
        out.flush();
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new OutlineCheckCommand()).execute(args));
    }
}
