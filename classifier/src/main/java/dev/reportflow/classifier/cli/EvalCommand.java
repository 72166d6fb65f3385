package dev.reportflow.classifier.cli;

import dev.reportflow.classifier.Classifier;
import dev.reportflow.classifier.Confidence;
import dev.reportflow.classifier.RoutingThresholds;
import dev.reportflow.classifier.eval.EvalResult;
import dev.reportflow.classifier.eval.Evaluation;
import dev.reportflow.classifier.eval.GoldFile;
import dev.reportflow.classifier.eval.GoldReport;
import dev.reportflow.classifier.eval.KeywordBaseline;
import dev.reportflow.classifier.eval.Targets;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reportflow eval GOLD.jsonl... [--samples DIR] [--split dev|blind] [--by-genre] [--min-confidence P] [--min-unit-confidence P]}: scores the classifier against gold files. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the classifier against a gold file (report boundaries, issuer, sections, roles, routed-unit departments, kind, years) "
                + "and list every miss. Exit code 0 when every target is met, 1 otherwise.")
public final class EvalCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "GOLD.jsonl", description = "Gold labels, one JSON report per line (several files are read as one).")
    private List<Path> golds;

    @Option(names = "--samples", paramLabel = "DIR", description = "Folder of the files the gold names (default: the gold file's folder).")
    private Path samples;

    @Option(names = "--split", paramLabel = "dev|blind",
            description = "Score only the records of this split (the real corpus marks each record dev or blind).")
    private String split;

    @Option(names = "--by-genre", description = "Also print the main figures for each genre of the corpus.")
    private boolean byGenre;

    @Option(names = "--baseline", description = "Also score a naive keyword baseline (KeywordBaseline) on the same files, "
            + "and print its figures beside the classifier's.")
    private boolean baseline;

    @Option(names = "--min-confidence", defaultValue = "" + Confidence.DEFAULT_THRESHOLD, paramLabel = "P",
            description = "The routing threshold: reports below it go to triage (default: ${DEFAULT-VALUE}, "
                    + "as reportflow.routing.min-confidence).")
    private double minConfidence;

    @Option(names = "--min-unit-confidence", defaultValue = "" + RoutingThresholds.DEFAULT_MIN_UNIT_CONFIDENCE,
            paramLabel = "P", description = "The unit routing threshold: a routed unit less certain than this goes to "
                    + "triage alone (default: ${DEFAULT-VALUE}, as reportflow.routing.min-unit-confidence).")
    private double minUnitConfidence;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    private final Classifier classifier;

    public EvalCommand() {
        this(Classifier.standard());
    }

    public EvalCommand(Classifier classifier) {
        this.classifier = classifier;
    }

    @Override
    public Integer call() throws Exception {
        Path dir = samples != null ? samples : golds.get(0).toAbsolutePath().getParent();
        List<GoldReport> records = new ArrayList<>();
        for (Path gold : golds) {
            GoldFile.read(gold).stream().filter(g -> split == null || split.equals(g.split())).forEach(records::add);
        }
        RoutingThresholds thresholds = new RoutingThresholds(minConfidence, minUnitConfidence);
        Evaluation evaluation = new Evaluation(classifier::classify, thresholds);
        EvalResult result = evaluation.run(records, dir);
        PrintWriter out = spec.commandLine().getOut();
        out.print(result.format());
        if (baseline) {
            EvalResult keywords = new Evaluation(new KeywordBaseline(classifier.rules()), thresholds).run(records, dir);
            out.println("beside a naive keyword baseline on the same files (classifier | baseline):");
            out.printf("  %-28s %14s | %s%n", "reports not turned away", result.reportsKept(), keywords.reportsKept());
            out.printf("  %-28s %14s | %s%n", "non-reports caught", result.negativesCaught(), keywords.negativesCaught());
            out.printf("  %-28s %14s | %s%n", "issuer department", result.issuerDepartment(), keywords.issuerDepartment());
            out.printf("  %-28s %14s | %s%n", "issuer level", result.issuerLevel(), keywords.issuerLevel());
            out.printf("  %-28s %14s | %s%n", "issuer name (normalised)", result.issuerName(), keywords.issuerName());
            out.printf("  %-28s %14s | %s%n", "section recall", result.sectionRecall(), keywords.sectionRecall());
            out.printf("  %-28s %14s | %s%n", "section precision", result.sectionPrecision(), keywords.sectionPrecision());
            out.printf("  %-28s %14s | %s%n", "role accuracy", result.roleAccuracy(), keywords.roleAccuracy());
            if (result.unitDepartments().total() > 0) {
                out.printf("  %-28s %14s | %s%n", "routed-unit departments", result.unitDepartments(),
                        keywords.unitDepartments());
                out.printf("  %-28s %14s | %s%n", "routed-unit depts (same set)", result.unitDepartmentSets(),
                        keywords.unitDepartmentSets());
            }
        }
        if (byGenre) {
            out.println("by genre (reports kept | non-reports caught | department | level | name | section recall | roles "
                    + "| unit departments | section precision | units found):");
            Map<String, List<GoldReport>> genres = new TreeMap<>();
            records.forEach(g -> genres.computeIfAbsent(String.valueOf(g.genre()), k -> new ArrayList<>()).add(g));
            for (Map.Entry<String, List<GoldReport>> genre : genres.entrySet()) {
                EvalResult r = evaluation.run(genre.getValue(), dir);
                out.printf("  %-32s %8s %8s %8s %8s %8s %8s %8s %8s %8s %8s%n", genre.getKey(), ratio(r.reportsKept()),
                        ratio(r.negativesCaught()), ratio(r.issuerDepartment()), ratio(r.issuerLevel()),
                        ratio(r.issuerName()), ratio(r.sectionRecall()), ratio(r.roleAccuracy()),
                        ratio(r.unitDepartments()), ratio(r.sectionPrecision()), ratio(r.unitsFound()));
            }
        }
        out.flush();
        return Targets.shortfalls(result).isEmpty() ? 0 : 1;
    }

    private static String ratio(EvalResult.Ratio r) {
        return r.total() == 0 ? "-" : r.hits() + "/" + r.total();
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new EvalCommand()).execute(args));
    }
}
