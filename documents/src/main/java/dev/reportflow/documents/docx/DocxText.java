package dev.reportflow.documents.docx;

import dev.reportflow.documents.ReadFailures;
import dev.reportflow.documents.zip.PackageSize;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of a Word document's body as the classifier expects a report: one line per paragraph
 * (headings included, list numbers written out as Word shows them), one line per table row with
 * its cells separated by tabs. Headers, footers and footnotes are left out: page furniture would
 * only disturb the outline.
 */
public final class DocxText {

    /**
     * The text, or why there is none: {@code tooLarge} / {@code tooManyParagraphs} when the package
     * is past the limits (and was not parsed), else {@code error}, what POI found wrong.
     */
    public record Result(String text, String error, boolean tooLarge, boolean tooManyParagraphs) {

        static Result failed(String error) {
            return new Result(null, error, false, false);
        }
    }

    private final ListNumbering numbering;
    private final List<String> lines = new ArrayList<>();

    private DocxText(XWPFDocument document) {
        this.numbering = new ListNumbering(document.getNumbering(), document.getStyles());
    }

    /** Reads a package whose parts unzip to at most {@code maxExpandedBytes} with at most {@code maxParagraphs}. */
    public static Result read(byte[] bytes, long maxExpandedBytes, int maxParagraphs) {
        try {
            switch (PackageSize.measure(bytes, maxExpandedBytes, PackageSize.WORD_PARAGRAPHS, maxParagraphs)) {
                case TOO_LARGE -> {
                    return new Result(null, null, true, false);
                }
                case TOO_MANY_PARAGRAPHS -> {
                    return new Result(null, null, false, true);
                }
                case WITHIN -> {
                }
            }
        } catch (IOException | RuntimeException e) {
            return Result.failed(ReadFailures.describe(e));
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            DocxText reader = new DocxText(document);
            document.getBodyElements().forEach(reader::add);
            return new Result(String.join("\n", reader.lines), null, false, false);
        } catch (IOException | RuntimeException e) {
            // POI reports damaged packages and XML with unchecked exceptions of many kinds.
            return Result.failed(ReadFailures.describe(e));
        }
    }

    private void add(IBodyElement element) {
        if (element instanceof XWPFParagraph paragraph) {
            String label = numbering.labelOf(paragraph);
            addLines(label + clean(paragraph.getText()));
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                String line = row.getTableCells().stream().map(DocxText::cellText).filter(t -> !t.isEmpty())
                        .collect(Collectors.joining("\t"));
                if (!line.isEmpty()) {
                    lines.add(line);
                }
            }
        } else if (element instanceof XWPFSDT contentControl) {
            addLines(clean(contentControl.getContent().getText()));
        }
    }

    /** A paragraph with soft line breaks is several lines of text. */
    private void addLines(String text) {
        lines.addAll(List.of(text.split("\n", -1)));
    }

    private static String cellText(XWPFTableCell cell) {
        return clean(cell.getTextRecursively()).replace('\n', ' ').strip();
    }

    /** Line ends to '\n'; other control characters (field marks, soft hyphens' codes) would read as binary. */
    private static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\u000B' || c == '\f') {
                if (c != '\r' || i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    out.append('\n');
                }
            } else if (c >= 0x20 && c != 0x7F || c == '\n' || c == '\t') {
                out.append(c);
            }
        }
        return out.toString();
    }

}
