package dev.reportflow.history.cli;

import dev.reportflow.config.ConnectionOptions;
import dev.reportflow.history.search.KeysetCursor;
import dev.reportflow.history.search.SearchExport;
import dev.reportflow.history.search.SearchHit;
import dev.reportflow.history.search.SearchPage;
import dev.reportflow.history.search.SearchQuery;
import dev.reportflow.history.search.SectionSearch;
import dev.reportflow.history.store.HistoryDatabase;
import dev.reportflow.history.store.HistorySettings;
import dev.reportflow.text.SafeText;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code reportflow search}: a department's history in the store, by text and filters, newest first. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the history store (reportflow.history.jdbc-url) for sections: Chinese words or phrases "
                + "inside the text, role, level, office, issuer, time and confidence; newest first, a page at a time.",
                "Exit code 1 when nothing matches."})
public final class SearchCommand implements Callable<Integer> {

    /** How hits are written. */
    enum Format { text, csv, json }

    private static final Pattern DEPARTMENT = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    @Mixin
    ConnectionOptions connection;

    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Scope scope;

    /** A supervisor names their departments; triage and auditors may search every one. */
    static final class Scope {
        @Option(names = "--department", split = ",", paramLabel = "CODE[,CODE...]", description = "Your departments.")
        List<String> departments;

        @Option(names = "--all-departments", description = "Every department (triage, auditors).")
        boolean all;
    }

    @Option(names = {"-q", "--text"}, paramLabel = "WORDS", description = "Words or phrases, separated by spaces, that must all appear (e.g. 财政资金 绩效).")
    String text;

    @Option(names = "--role", split = ",", paramLabel = "ROLE", description = "REVIEW, PROBLEMS, PLAN, HIGHLIGHTS, OTHER.")
    List<String> roles = List.of();

    @Option(names = "--level", split = ",", paramLabel = "LEVEL", description = "The issuer's level: township, county, …")
    List<String> levels = List.of();

    @Option(names = "--office", description = "The submitting office, exactly.")
    String office;

    @Option(names = "--issuer", description = "Part of the issuer's name.")
    String issuer;

    @Option(names = "--from", paramLabel = "DATE|INSTANT", description = "Received on or after (2024-01-01 is that day's start, UTC).")
    String from;

    @Option(names = "--to", paramLabel = "DATE|INSTANT", description = "Received before.")
    String to;

    @Option(names = "--min-confidence", paramLabel = "P")
    Double minConfidence;

    @Option(names = "--max-confidence", paramLabel = "P")
    Double maxConfidence;

    @Option(names = "--withdrawn", description = "Also the copies a correction withdrew (shown as 已撤回).")
    boolean withdrawn;

    @Option(names = "--limit", defaultValue = "20", description = "Sections per page (default: ${DEFAULT-VALUE}, at most 1000).")
    int limit;

    @Option(names = "--after", paramLabel = "CURSOR", description = "The next page: the cursor the previous page printed.")
    String after;

    @Option(names = "--all", description = "Every page (an export), not just one.")
    boolean everyPage;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|csv|json",
            description = "text, csv (UTF-8 with a byte order mark, for Excel) or json (one object per line).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to a file instead of standard output.")
    Path out;

    @Override
    public Integer call() throws Exception {
        SearchQuery query = query();
        HistorySettings settings = HistorySettings.from(connection.load(HistorySettings.RESOURCE));
        try (HistoryDatabase database = HistoryDatabase.open(settings);
             Writer writer = out == null ? new PrintWriter(spec.commandLine().getOut())
                     : new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8)) {
            SectionSearch search = new SectionSearch(database);
            if (format == Format.csv) {
                SearchExport.csvHeader(writer);
            }
            int found = 0;
            SearchPage page;
            do {
                page = search.search(query);
                found += page.hits().size();
                write(writer, page.hits());
                query = query.after(page.next());
            } while (everyPage && page.next() != null);
            if (format == Format.text) {
                writer.write(found == 0 ? "没有找到 No section matches.\n"
                        : page.next() == null ? "共 " + found + " 条 " + found + " section(s).\n"
                        : "更多 More: --after " + page.next().encode() + "\n");
            }
            writer.flush();
            return found == 0 ? 1 : 0;
        }
    }

    private SearchQuery query() {
        Set<String> departments = new LinkedHashSet<>();
        if (!scope.all) {
            for (String d : scope.departments) {
                if (!DEPARTMENT.matcher(d).matches()) {
                    throw new ParameterException(spec.commandLine(), "Not a department code: '" + SafeText.line(d) + "'");
                }
                departments.add(d);
            }
        }
        try {
            return new SearchQuery(departments, SearchQuery.terms(text),
                    Set.copyOf(roles.stream().map(r -> r.toUpperCase(Locale.ROOT)).toList()), Set.copyOf(levels),
                    office, issuer, instant(from), instant(to), minConfidence, maxConfidence, withdrawn,
                    after == null ? null : KeysetCursor.decode(after), limit);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private void write(Writer writer, List<SearchHit> hits) throws IOException {
        switch (format) {
            case csv -> SearchExport.csvRows(writer, hits);
            case json -> SearchExport.jsonLines(writer, hits);
            case text -> {
                for (SearchHit h : hits) {
                    writer.write(SafeText.line(h.receivedAt() + "  → " + h.routedTo() + (h.withdrawn() ? "  已撤回 WITHDRAWN" : "")
                            + "  " + h.issuer() + " (" + h.issuerLevel() + ")  " + h.reportTitle()) + "\n");
                    writer.write(SafeText.line("    " + h.sectionPath() + " " + h.heading() + " · " + h.role() + " · 置信度 "
                            + h.confidence() + " · " + h.deliveryId()) + "\n");
                    writer.write(SafeText.line("    " + excerpt(h.text())) + "\n\n");
                }
            }
        }
    }

    /** Where the first term is, with some text either side; the whole text when there is no term. */
    private String excerpt(String sectionText) {
        String flat = sectionText.replaceAll("\\s+", " ");
        List<String> terms = SearchQuery.terms(text);
        int at = terms.isEmpty() || terms.get(0).isEmpty() ? -1 : flat.toLowerCase(Locale.ROOT).indexOf(terms.get(0).toLowerCase(Locale.ROOT));
        int start = Math.max(0, at - 40);
        int end = Math.min(flat.length(), Math.max(at, 0) + 80);
        return (start > 0 ? "…" : "") + flat.substring(start, end) + (end < flat.length() ? "…" : "");
    }

    private Instant instant(String value) {
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "Not a date (2024-01-31) or instant (2024-01-31T08:00:00Z): "
                    + SafeText.line(value));
        }
    }
}
