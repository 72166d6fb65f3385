package dev.reportflow.documents.doc;

import dev.reportflow.documents.DocumentFailure;
import dev.reportflow.documents.DocumentFormat;
import dev.reportflow.documents.DocumentLimits;
import dev.reportflow.documents.DocumentText;
import dev.reportflow.documents.ReadFailures;
import dev.reportflow.documents.docx.NumberFormats;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The text of a Word 97-2003 (.doc) or WPS 文字 (.wps) file, read with POI's HWPF, as the classifier
 * expects a report: one line per paragraph of the main text (headers, footers and footnotes are
 * other parts of the file and left out), one line per table row with its cells separated by tabs,
 * field codes dropped and their results kept, and list numbers written out as Word shows them.
 * WPS Office writes its "WPS 文字 97" files in Word's binary format, so the same reader serves both.
 */
public final class Word97Text {

    /** The stream every Word binary document has; Excel's is "Workbook" (or "Book"), PowerPoint's "PowerPoint Document". */
    private static final String WORD_STREAM = "WordDocument";
    private static final char CELL_MARK = '\u0007';
    private static final char FIELD_BEGIN = '\u0013';
    private static final char FIELD_SEPARATOR = '\u0014';
    private static final char FIELD_END = '\u0015';

    private final int maxLines;
    private final List<String> lines = new ArrayList<>();
    private final List<String> row = new ArrayList<>();
    private final StringBuilder cell = new StringBuilder();
    private final Numbering numbering = new Numbering();

    private Word97Text(int maxLines) {
        this.maxLines = maxLines;
    }

    public static DocumentText read(byte[] bytes, DocumentLimits limits) {
        try (POIFSFileSystem files = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = files.getRoot();
            if (!root.hasEntryCaseInsensitive(WORD_STREAM)) {
                return DocumentText.failed(DocumentFailure.BINARY, notWord(root));
            }
            try (HWPFDocument document = new HWPFDocument(files)) {
                Word97Text reader = new Word97Text(limits.maxLines());
                if (!reader.addAll(document.getRange())) {
                    return DocumentText.failed(DocumentFailure.TOO_MANY_LINES, "The file has more than " + limits.maxLines()
                            + " lines (paragraphs); a compilation that large must be split into several submissions.");
                }
                return DocumentText.document(DocumentFormat.WORD_97, String.join("\n", reader.lines));
            }
        } catch (EncryptedDocumentException e) {
            return DocumentText.failed(DocumentFailure.UNREADABLE_DOCUMENT, "The Word (.doc) or WPS file is protected"
                    + " by a password and cannot be read. Save it again without a password and send it again.");
        } catch (IOException | RuntimeException e) {
            // HWPF reports damaged files with unchecked exceptions of many kinds.
            return DocumentText.failed(DocumentFailure.UNREADABLE_DOCUMENT, "The Word (.doc) or WPS file cannot be read ("
                    + ReadFailures.describe(e) + "). Open it in Word or WPS and save it again as .docx, or send it as .txt.");
        }
    }

    private static String notWord(DirectoryNode root) {
        String kind = root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book") ? "an Excel workbook (.xls)"
                : root.hasEntryCaseInsensitive("PowerPoint Document") ? "a PowerPoint presentation (.ppt)"
                : "an Office file that is not a Word document";
        return "The file is " + kind + ", not a report's text. Send the report as a Word, WPS, PDF or OFD file, or as .txt.";
    }

    /** Adds the paragraphs of {@code range}; false when there are more lines than the limit. */
    private boolean addAll(Range range) {
        int paragraphs = range.numParagraphs();
        for (int i = 0; i < paragraphs; i++) {
            add(range.getParagraph(i));
            if (lines.size() > maxLines) {
                return false;
            }
        }
        if (!row.isEmpty() || cell.length() > 0) {
            endRow();
        }
        return true;
    }

    private void add(Paragraph paragraph) {
        String text = clean(paragraph.text());
        if (paragraph.isInTable()) {
            addToTable(paragraph, text);
            return;
        }
        if (!row.isEmpty() || cell.length() > 0) {
            endRow();
        }
        String label = numbering.labelOf(paragraph);
        String[] parts = text.split("\n", -1);
        parts[0] = label + parts[0];
        // A paragraph's own end mark is its last character: it makes a trailing empty part, not a line.
        int count = parts.length > 1 && parts[parts.length - 1].isEmpty() ? parts.length - 1 : parts.length;
        for (int i = 0; i < count; i++) {
            lines.add(parts[i]);
        }
    }

    /** Cells end with a cell mark; a row ends with a paragraph of its own, the row end mark. */
    private void addToTable(Paragraph paragraph, String text) {
        if (paragraph.isTableRowEnd()) {
            endRow();
            return;
        }
        boolean endsCell = paragraph.text().indexOf(CELL_MARK) >= 0;
        String words = text.replace('\n', ' ').strip();
        if (!words.isEmpty()) {
            cell.append(cell.length() > 0 ? " " : "").append(words);
        }
        if (endsCell) {
            row.add(cell.toString());
            cell.setLength(0);
        }
    }

    private void endRow() {
        if (cell.length() > 0) {
            row.add(cell.toString());
            cell.setLength(0);
        }
        String line = String.join("\t", row.stream().filter(t -> !t.isEmpty()).toList());
        if (!line.isEmpty()) {
            lines.add(line);
        }
        row.clear();
    }

    /**
     * The visible text: a field's code ({@code PAGE}, {@code HYPERLINK "…"}) dropped and its result
     * kept, line and page breaks as '\n', other control characters (pictures, cell marks, anchors)
     * dropped, since they would read as binary.
     */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        // For each open field: true while in its code part (before the separator).
        ArrayList<Boolean> fields = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == FIELD_BEGIN) {
                fields.add(true);
            } else if (c == FIELD_SEPARATOR) {
                if (!fields.isEmpty()) {
                    fields.set(fields.size() - 1, false);
                }
            } else if (c == FIELD_END) {
                if (!fields.isEmpty()) {
                    fields.remove(fields.size() - 1);
                }
            } else if (fields.contains(true)) {
                continue;
            } else if (c == '\r' || c == '\u000B' || c == '\f') {
                out.append('\n');
            } else if (c >= 0x20 && c != 0x7F || c == '\t') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Word's automatic list numbers, which a .doc keeps out of the paragraph's text as .docx does: a
     * counter per list (by its list id, so that list instances of one list continue each other), a
     * level restarting when a higher level advances, a list instance's start override applied when
     * the instance is first met. The level's template holds the characters 0–8 where levels' numbers go.
     */
    private static final class Numbering {
        private static final int LEVELS = 9;
        /** Word 97's number format codes (MS-DOC MSONFC) are ECMA-376's ST_NumberFormat values in order. */
        private static final String[] FORMATS = {"decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter",
                "ordinal", "cardinalText", "ordinalText", "hex", "chicago", "ideographDigital", "japaneseCounting",
                "aiueo", "iroha", "decimalFullWidth", "decimalHalfWidth", "japaneseLegal", "japaneseDigitalTenThousand",
                "decimalEnclosedCircle", "decimalFullWidth2", "aiueoFullWidth", "irohaFullWidth", "decimalZero", "bullet",
                "ganada", "chosung", "decimalEnclosedFullstop", "decimalEnclosedParen", "decimalEnclosedCircleChinese",
                "ideographEnclosedCircle", "ideographTraditional", "ideographZodiac", "ideographZodiacTraditional",
                "taiwaneseCounting", "ideographLegalTraditional", "taiwaneseCountingThousand", "taiwaneseDigital",
                "chineseCounting", "chineseLegalSimplified", "chineseCountingThousand"};
        private static final int NONE = 255;

        private final Map<Integer, int[]> counters = new HashMap<>();
        private final Map<Integer, boolean[]> started = new HashMap<>();
        private final Set<Integer> seenInstances = new HashSet<>();

        /** The number before the paragraph, with its separator, or "" when it has none (or its list is damaged). */
        String labelOf(Paragraph paragraph) {
            if (!paragraph.isInList()) {
                return "";
            }
            try {
                HWPFList list = paragraph.getList();
                int level = Math.min(Math.max(paragraph.getIlvl(), 0), LEVELS - 1);
                if (list == null || level >= list.getListData().getLevels().length) {
                    return "";
                }
                int listId = list.getListData().getLsid();
                int[] values = counters.computeIfAbsent(listId, id -> new int[LEVELS]);
                boolean[] running = started.computeIfAbsent(listId, id -> new boolean[LEVELS]);
                if (seenInstances.add(paragraph.getIlfo())) {
                    for (int l = 0; l < Math.min(LEVELS, list.getListData().getLevels().length); l++) {
                        if (list.isStartAtOverridden((char) l)) {
                            running[l] = false;
                        }
                    }
                }
                values[level] = running[level] ? values[level] + 1 : list.getStartAt((char) level);
                running[level] = true;
                for (int deeper = level + 1; deeper < LEVELS; deeper++) {
                    running[deeper] = false;
                }
                return label(list, level, values, running);
            } catch (RuntimeException e) {
                return "";
            }
        }

        private static String label(HWPFList list, int level, int[] values, boolean[] running) {
            int format = list.getNumberFormat((char) level);
            String template = list.getNumberText((char) level);
            if (format == NONE || template == null || template.isEmpty()) {
                return "";
            }
            if (formatName(format).equals("bullet")) {
                return NumberFormats.bullet(template) + " ";
            }
            StringBuilder label = new StringBuilder();
            for (int i = 0; i < template.length(); i++) {
                char c = template.charAt(i);
                if (c < LEVELS) {
                    if (c <= level) {
                        int shown = running[c] ? values[c] : list.getStartAt(c);
                        label.append(NumberFormats.format(shown, formatName(list.getNumberFormat(c))));
                    }
                } else {
                    label.append(c);
                }
            }
            return label.isEmpty() ? "" : label + NumberFormats.separatorAfter(label.charAt(label.length() - 1));
        }

        private static String formatName(int code) {
            return code >= 0 && code < FORMATS.length ? FORMATS[code] : "decimal";
        }
    }
}
