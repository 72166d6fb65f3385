package dev.reportflow.consumers.supervise;

import static dev.reportflow.consumers.Samples.issuer;
import static dev.reportflow.consumers.Samples.section;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.SectionRole;
import dev.reportflow.text.SafeText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Routed sections whose every field was written by an attacker, through every output format of
 * supervise: no raw control character reaches the output, no CSV cell is a formula, no Markdown
 * field adds markup.
 */
class HostileFieldsOutputTest {

    private static final String ESCAPES = "\u001b[2J\u001b]0;owned\u0007\r2024-01-01 INFO forged\n\u0000\u007f\u009b31m\u2028\u202e";

    @Test
    void textShowsEveryControlAsAnEscapeAndKeepsTheSectionsLines() {
        String out = write(OutputFormat.text, hostile(ESCAPES, "=cmd|' /C calc'!A0"));

        assertNoRawControls(OutputFormat.text, out);
        assertThat(out).contains("\\u001b[2J", "\\u0007", "\\u000d2024-01-01 INFO forged", "\\u009b31m", "\\u202e");
        assertThat(write(OutputFormat.text, hostile("", "区审计局"))).contains("  第一段\n  第二段\n").doesNotContain("\\u000d");
    }

    @Test
    void csvNeutralisesFormulasInEveryCellAndStaysRfc4180() {
        String out = write(OutputFormat.csv, hostile("", "=HYPERLINK(\"http://evil\",\"点此\")"));
        List<String> cells = Csv.parse(out).get(1);

        assertThat(Csv.parse(out)).hasSize(2);
        assertThat(cells).hasSize(23);
        assertThat(cells.get(1)).isEqualTo("'=HYPERLINK(\"http://evil\",\"点此\")");
        assertThat(cells).allSatisfy(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+")
                .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r"));
        assertThat(cells.get(13)).contains("第一段\n");
    }

    @Test
    void csvCellsStartingWithAnyFormulaCharacterGetAnApostrophe() {
        for (String start : List.of("=", "+", "-", "@", "\t", "\r")) {
            List<String> cells = Csv.parse(write(OutputFormat.csv, hostile("", start + "1+1"))).get(1);
            assertThat(cells.get(1)).as("office starting with %s", SafeText.line(start)).startsWith("'");
        }
    }

    @Test
    void markdownFieldsCannotAddMarkupLinksOrHtml() {
        String out = write(OutputFormat.markdown, hostile("", "<img src=x onerror=alert(1)>[点此](http://evil)`code`"));

        assertNoRawControls(OutputFormat.markdown, out);
        String office = out.substring(out.indexOf(" from ") + 6, out.indexOf(", received"));
        assertThat(office).isEqualTo("\\<img src=x onerror=alert(1)\\>\\[点此\\](http://evil)\\`code\\`");
    }

    @Test
    void jsonLinesEscapeEvenTheControlsJsonAllowsRaw() {
        String out = write(OutputFormat.json, hostile(ESCAPES, ESCAPES));

        assertNoRawControls(OutputFormat.json, out);
        assertThat(out.toLowerCase(java.util.Locale.ROOT)).contains("\\u001b", "\\u007f", "\\u009b", "\\u2028");
    }

    @Property(tries = 200)
    void noFormatLetsARawControlThrough(@ForAll("hostileText") String field, @ForAll("formats") OutputFormat format) {
        assertNoRawControls(format, write(format, hostile(field, field)));
    }

    @Provide
    Arbitrary<String> hostileText() {
        return Arbitraries.oneOf(Arbitraries.chars().range('\u0000', '\u00a0'), Arbitraries.of('\u2028', '\u2029', '\u202e', '区', '='))
                .list().ofMaxSize(30).map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat));
    }

    @Provide
    Arbitrary<OutputFormat> formats() {
        return Arbitraries.of(OutputFormat.class);
    }

    /** A section whose fields all carry {@code injected}, and whose office is {@code office}. */
    private static RoutedSection hostile(String injected, String office) {
        return section("sub-" + injected, "2.1" + injected, "finance", SectionRole.PROBLEMS)
                .setOffice(office)
                .setIssuer(issuer("XX县财政局" + injected, "county" + injected, "finance"))
                .setReportTitle("XX县财政局2023年工作总结" + injected)
                .setTopLevelHeading("二、存在的问题" + injected)
                .setHeading("（一）预算执行进度偏慢" + injected)
                .setText("（一）预算执行进度偏慢\n第一段" + injected + "\n第二段\r\n")
                .setRoutedTo("finance" + injected)
                .setRoutingReason("section-department" + injected)
                .setSource(new KafkaCoordinates("reports.submitted" + injected, 0, 7L))
                .build();
    }

    private static String write(OutputFormat format, RoutedSection section) {
        StringWriter text = new StringWriter();
        SectionWriter writer = format.writer(new PrintWriter(text), 80, 0);
        writer.begin("routed.finance");
        writer.write(new Delivery(section, "routed.finance", 0, 1));
        writer.end(1);
        writer.flush();
        return text.toString();
    }

    /** Line breaks end lines (CRLF ends a CSV record); inside a line nothing may be a control. */
    private static void assertNoRawControls(OutputFormat format, String out) {
        String lines = format == OutputFormat.csv ? out.replace("\r\n", "\n") : out;
        for (String line : lines.split("\n", -1)) {
            assertThat(line.codePoints().filter(SafeText::isControl).toArray())
                    .as("%s line %s", format, SafeText.line(line)).isEmpty();
        }
    }

    /** An RFC 4180 reader, to show that the written CSV parses back into the cells it was given. */
    static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> records = new java.util.ArrayList<>();
            List<String> record = new java.util.ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    record.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    record.add(cell.toString());
                    cell.setLength(0);
                    records.add(record);
                    record = new java.util.ArrayList<>();
                    i++;
                } else {
                    cell.append(c);
                }
            }
            return records;
        }
    }
}
