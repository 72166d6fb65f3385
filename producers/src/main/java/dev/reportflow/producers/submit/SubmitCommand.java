package dev.reportflow.producers.submit;

import dev.reportflow.config.ConnectionOptions;
import dev.reportflow.text.SafeText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reportflow submit --office NAME FILE|DIR...}: one submission per file, a receipt for each. */
@Command(name = "submit", mixinStandardHelpOptions = true,
        description = "Submit report files (UTF-8 or GB18030/GBK text, Word .docx or .doc, WPS .wps, PDF, OFD) to the intake topic;"
                + " prints a receipt per file.")
public final class SubmitCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Option(names = "--office", required = true, description = "The submitting office, e.g. 区审计局.")
    String office;

    @Option(names = "--encoding", description = "The files' encoding when known (UTF-8, GBK, GB18030); detected otherwise.")
    String encoding;

    @Option(names = "--lang", paramLabel = "zh|en",
            description = "The language of receipts and refusals: zh (the default) or en; without it, LANG/LC_ALL decide (en_… is English).")
    String language;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Files, or folders whose .txt, .docx, .doc, .wps, .pdf and .ofd files are submitted.")
    List<Path> inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SubmitMessages messages = SubmitMessages.of(language, System.getenv());
        int refused = 0;
        int sent = 0;
        try (SubmissionClient client = new SubmissionClient(connection.load(SubmissionClient.CONFIG_RESOURCE))) {
            try {
                client.checkOffice(office);
            } catch (SubmissionRefusedException e) {
                throw new ParameterException(spec.commandLine(), messages.text("office.refused", e.reason(), e.getMessage()));
            }
            for (Path file : expand(inputs)) {
                try {
                    Receipt receipt = client.submit(office, file, encoding);
                    // File names come from the sender's folder and may hold control characters.
                    out.println(messages.text("receipt", SafeText.line(receipt.fileName()), receipt.submissionId(), receipt.topic(),
                            receipt.partition(), receipt.offset(), receipt.encoding(), receipt.contentHash()));
                    sent++;
                } catch (SubmissionRefusedException e) {
                    refused++;
                    err.println(SafeText.line(messages.text("refused", file, e.reason(), e.getMessage())));
                }
                out.flush();
            }
        }
        if (sent + refused > 1) {
            out.println(messages.text("summary", sent + refused, sent, refused));
        }
        return refused == 0 ? 0 : 1;
    }

    /**
     * Files as given; folders contribute their report files (.txt, .docx, .doc, .wps, .pdf, .ofd), in
     * name order. The name only chooses which files of a folder to send; each is read by its bytes.
     */
    public static List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                files.add(input);
                continue;
            }
            try (Stream<Path> children = Files.list(input)) {
                children.filter(Files::isRegularFile).filter(SubmitCommand::isReportFile).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list " + input, e);
            }
        }
        return files;
    }

    private static final List<String> REPORT_EXTENSIONS = List.of(".txt", ".docx", ".doc", ".wps", ".pdf", ".ofd");

    private static boolean isReportFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && !name.startsWith("~$") && REPORT_EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
