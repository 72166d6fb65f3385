package dev.reportflow.classifier.cli;

import dev.reportflow.classifier.Classifier;
import dev.reportflow.classifier.eval.EvalResult;
import dev.reportflow.classifier.eval.Evaluation;
import dev.reportflow.classifier.eval.GoldFile;
import dev.reportflow.classifier.eval.Targets;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reportflow eval GOLD.jsonl [--samples DIR]}: scores the classifier against a gold file. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the classifier against a gold file (report boundaries, issuer, sections, roles, kind, years) "
                + "and list every miss. Exit code 0 when every target is met, 1 otherwise.")
public final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "GOLD.jsonl", description = "Gold labels, one JSON report per line.")
    private Path gold;

    @Option(names = "--samples", paramLabel = "DIR", description = "Folder of the files the gold names (default: the gold file's folder).")
    private Path samples;

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
        Path dir = samples != null ? samples : gold.toAbsolutePath().getParent();
        EvalResult result = new Evaluation(classifier).run(GoldFile.read(gold), dir);
        PrintWriter out = spec.commandLine().getOut();
        out.print(result.format());
        out.flush();
        return Targets.shortfalls(result).isEmpty() ? 0 : 1;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new EvalCommand()).execute(args));
    }
}
