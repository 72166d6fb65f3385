package dev.reportflow.classifier.split;

import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.classifier.text.TextLines;
import java.util.ArrayList;
import java.util.List;

/**
 * A compilation's table of contents: the lines after 目录 that list titles, with or without page
 * numbers, numbered "1." … "11." or not (a numbered entry may name its report without a year,
 * "2.鎮婦聯年度工作總結"). It ends at a blank line, at a line that is no entry, or
 * where the first report's title follows it directly (the title repeats an entry, unnumbered).
 */
public record TableOfContents(int firstLine, int lastLine, List<String> entries) {

    public static final TableOfContents NONE = new TableOfContents(-1, -1, List.of());

    public boolean contains(int line) {
        return line >= firstLine && line <= lastLine;
    }

    /** Whether a title (trimmed, folded) is one of the entries; a long enough prefix counts, for cut-off entries. */
    public boolean lists(String title) {
        String key = key(title);
        for (String entry : entries) {
            if (entry.equals(key)) {
                return true;
            }
            int shorter = Math.min(entry.length(), key.length());
            if (shorter >= 10 && (entry.startsWith(key) || key.startsWith(entry))) {
                return true;
            }
        }
        return false;
    }

    /** Whether most entries name a report (工作总结, 工作报告 …): the table of a compilation, not of one report's parts. */
    public boolean listsReports() {
        long reports = entries.stream().filter(TitleShape::namesReport).count();
        return reports * 2 > entries.size();
    }

    public static TableOfContents read(TextLines lines, Rules rules) {
        int heading = -1;
        for (int i = 0; i < lines.size() && heading < 0; i++) {
            if (lines.foldedTrimmed(i).indexOf('目') < 0) {
                continue; // most lines: no copy made to look at them without spaces
            }
            String t = lines.foldedTrimmed(i).replace(" ", "");
            if (t.equals("目录") || t.startsWith("目录") && t.length() <= 4 && !TitleShape.namesCompilation(t)) {
                heading = i;
            }
        }
        if (heading < 0) {
            return NONE;
        }
        List<String> entries = new ArrayList<>();
        boolean numberedEntries = false;
        int last = heading;
        for (int i = heading + 1; i < lines.size(); i++) {
            if (lines.isBlank(i)) {
                if (entries.isEmpty()) {
                    continue;
                }
                break;
            }
            Entry e = Entry.of(lines.foldedTrimmed(i));
            if (e.text.isEmpty() || e.text.equals("目录") || TitleShape.namesCompilation(e.text)) {
                last = i;
                continue;
            }
            String key = key(e.text);
            if (!entries.isEmpty() && !e.paged && (entries.contains(key) || numberedEntries && !e.numbered)) {
                break;
            }
            if (!e.paged && !TitleShape.of(e.text, rules).titleLike() && !(e.numbered && TitleShape.namesReport(e.text))) {
                break;
            }
            if (entries.isEmpty()) {
                numberedEntries = e.numbered;
            }
            entries.add(key);
            last = i;
        }
        return entries.isEmpty() ? NONE : new TableOfContents(heading, last, List.copyOf(entries));
    }

    static String key(String title) {
        StringBuilder sb = new StringBuilder(title.length());
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (!Character.isWhitespace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** One line of the table: its title without the entry number and the page number. */
    private record Entry(String text, boolean numbered, boolean paged) {

        static Entry of(String line) {
            int end = line.length();
            int digits = end;
            while (digits > 0 && Character.isDigit(line.charAt(digits - 1))) {
                digits--;
            }
            boolean paged = false;
            if (digits < end && digits > 0) {
                int lead = digits;
                while (lead > 0 && isLeader(line.charAt(lead - 1))) {
                    lead--;
                }
                if (lead < digits) {
                    paged = true;
                    end = lead;
                }
            }
            int start = 0;
            boolean numbered = false;
            int d = 0;
            while (d < end && d < 3 && Character.isDigit(line.charAt(d))) {
                d++;
            }
            if (d > 0 && d < 3 && d < end && (line.charAt(d) == '.' || line.charAt(d) == '、')) {
                numbered = true;
                start = d + 1;
            } else if (d > 0 && d < 3 && d < end && paged && Character.isIdeographic(line.charAt(d))) {
                // a paged entry whose number lost its stop ("10企业2022年安全生产工作总结… 71")
                numbered = true;
                start = d;
            }
            return new Entry(line.substring(start, end).strip(), numbered, paged);
        }

        private static boolean isLeader(char c) {
            return c == ' ' || c == '.' || c == '…' || c == '·' || c == '-' || c == '—';
        }
    }
}
