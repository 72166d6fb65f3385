package dev.reportflow.documents.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.reportflow.classifier.Classification;
import dev.reportflow.classifier.Classifier;
import dev.reportflow.classifier.json.ClassifyJson;
import dev.reportflow.documents.DocumentLimits;
import dev.reportflow.documents.DocumentReader;
import dev.reportflow.documents.DocumentText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reportflow classify FILE...}: prints one JSON array on stdout, one object per report found
 * in each file, or a rejection for a file that cannot be classified: the intake's reasons for a file
 * it cannot read (EMPTY, BINARY, UNKNOWN_ENCODING, UNREADABLE_DOCUMENT, NO_TEXT_LAYER, OVERSIZED,
 * TOO_MANY_LINES), UNREADABLE when the file cannot be opened, NOT_A_REPORT, or INTERNAL_ERROR for a
 * defect of the classifier. Every format the intake reads is read the same way (DocumentReader). Exit code 0 when at least one file was classified, 2 when none was.
 * Problems go to stderr.
 */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Classify report files: print their reports as one JSON array.")
public final class ClassifyCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Report files: text (UTF-8, UTF-16 with BOM, GBK/GB18030), Word (.docx, .doc), WPS, PDF, OFD.")
    private List<Path> files;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    private final Classifier classifier;

    public ClassifyCommand() {
        this(Classifier.standard());
    }

    public ClassifyCommand(Classifier classifier) {
        this.classifier = classifier;
    }

    @Override
    public Integer call() throws IOException {
        ArrayNode out = ClassifyJson.mapper().createArrayNode();
        PrintWriter err = spec.commandLine().getErr();
        int classified = 0;
        for (Path file : files) {
            String source = file.toString();
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                out.add(ClassifyJson.rejected(source, "UNREADABLE", "The file cannot be read: " + e.getMessage()));
                err.println(source + ": unreadable: " + e.getMessage());
                continue;
            }
            DocumentText decoded = DocumentReader.read(file.getFileName().toString(), bytes, null, DocumentLimits.DEFAULT);
            if (!decoded.isOk()) {
                out.add(ClassifyJson.rejected(source, decoded.failure().name(), decoded.message()));
                err.println(source + ": " + decoded.failure() + ": " + decoded.message());
                continue;
            }
            Classification result = classifier.classify(decoded.text());
            if (result.reports().isEmpty()) {
                out.add(ClassifyJson.notAReport(source, result.notAReport()));
                err.println(source + ": NOT_A_REPORT: " + result.notAReport().detail());
                continue;
            }
            ClassifyJson.reports(source, result).forEach(out::add);
            classified++;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(ClassifyJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
        stdout.flush();
        err.flush();
        return classified > 0 ? 0 : 2;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ClassifyCommand()).execute(args));
    }
}
