package dev.reportflow.bench.corpus;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Synthesises work reports by recombining {@link CorpusPieces}: an issuer, a year, a title in one
 * of the usual forms, a numbered outline (一、… with （一）… sub-sections, more of them the longer
 * the report) whose every unit is filled from one source block, to a size drawn between 10 and
 * 50 KB. Report {@code i} depends only on the seed and {@code i}, so any range can be generated
 * again, in parallel, and every report is distinct (its document number carries {@code i}).
 */
public final class CorpusGenerator implements ReportSource {

    public static final int MIN_BYTES = 10 * 1024;
    public static final int MAX_BYTES = 50 * 1024;
    /** Room for the signature lines after the body. */
    private static final int CLOSING_RESERVE = 256;
    /** About the size of a routed unit in the samples (their 640 units average 1 KB). */
    private static final int UNIT_BYTES = 1200;
    /** Bounds the rounds of a source block's paragraphs in one unit. */
    private static final int MAX_PARAGRAPHS_PER_UNIT = 200;
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    private static final List<String> TITLE_FORMS = List.of(
            "{I}{Y}年工作总结和{Y1}年工作计划",
            "{I}{Y}年度工作总结及{Y1}年度工作计划",
            "{I}关于{Y}年工作总结暨{Y1}年工作思路的报告",
            "{Y}年工作总结和{Y1}年工作计划");
    private static final List<String> INTRO_FORMS = List.of(
            "{Y}年，{I}在上级党委政府的坚强领导下，坚持稳中求进工作总基调，全面完成了年度各项目标任务。现将{Y}年工作总结和{Y1}年工作计划报告如下：",
            "今年以来，{I}紧紧围绕中心、服务大局，聚焦主责主业，扎实推进各项工作落地见效，全年共办理各类事项{N}件。现将有关情况报告如下：",
            "{Y}年是全面贯彻落实党的二十大精神的开局之年。一年来，{I}认真履职尽责，攻坚克难，各项工作取得明显成效。现报告如下：");

    private final CorpusPieces pieces;
    private final Issuers issuers;
    private final long seed;

    public CorpusGenerator(CorpusPieces pieces, Issuers issuers, long seed) {
        if (pieces.blocks().isEmpty() || pieces.headings().isEmpty()) {
            throw new IllegalArgumentException("No paragraphs or sub-headings to build reports from (" + pieces.origin() + ")");
        }
        this.pieces = pieces;
        this.issuers = issuers;
        this.seed = seed;
    }

    @Override
    public String origin() {
        return pieces.origin() + " (synthetic reports)";
    }

    @Override
    public GeneratedReport generate(int index) {
        Random random = new Random(seed * 1_000_003L + index);
        Filler filler = new Filler(random, 2019 + random.nextInt(6), issuers.pick(random));
        ReportOutline outline = ReportOutline.random(random, pieces);
        int targetBytes = MIN_BYTES + random.nextInt(MAX_BYTES - MIN_BYTES - CLOSING_RESERVE);
        outline.widen(targetBytes / UNIT_BYTES, random, pieces);
        boolean inlineSubheadings = random.nextBoolean();

        String title = filler.fill(Issuers.pickFrom(TITLE_FORMS, random));
        String documentNumber = "（" + filler.issuer.substring(0, 2) + "发〔" + (filler.year + 1) + "〕" + (index + 1) + "号）";
        String intro = filler.fill(Issuers.pickFrom(INTRO_FORMS, random));
        String closing = filler.issuer + "\n" + (filler.year + 1) + "年" + (1 + random.nextInt(3)) + "月" + (1 + random.nextInt(28)) + "日";
        int size = utf8Length(title) + utf8Length(documentNumber) + utf8Length(intro) + utf8Length(closing) + headingBytes(outline);

        List<ReportOutline.Block> holders = outline.paragraphHolders();
        for (int h = 0; h < holders.size(); h++) {
            int share = Math.max(0, targetBytes - size) / (holders.size() - h);
            size += fill(holders.get(h), filler, share, MAX_BYTES - CLOSING_RESERVE - size);
        }
        String text = render(title, documentNumber, intro, outline, closing, inlineSubheadings);
        return new GeneratedReport(index, filler.issuer, filler.issuer + filler.year + "年工作总结-" + (index + 1) + ".txt",
                text.getBytes(StandardCharsets.UTF_8), outline.sections.size(), outline.subsectionCount());
    }

    /**
     * Gives {@code unit} at least one paragraph and about {@code share} bytes, never more than
     * {@code room}: its source block's paragraphs, round again (with other figures) until the
     * share is reached. Returns the bytes added.
     */
    private static int fill(ReportOutline.Block unit, Filler filler, int share, int room) {
        int added = 0;
        for (int i = 0; i < MAX_PARAGRAPHS_PER_UNIT; i++) {
            List<String> source = unit.source.paragraphs();
            String paragraph = filler.fill(source.get(i % source.size()));
            int bytes = utf8Length(paragraph) + 1;
            if (added + bytes > room) {
                return added;
            }
            unit.paragraphs.add(paragraph);
            added += bytes;
            if (added >= share) {
                return added;
            }
        }
        return added;
    }

    private static int headingBytes(ReportOutline outline) {
        int bytes = 0;
        for (ReportOutline.Block section : outline.sections) {
            bytes += utf8Length(section.heading) + 8;
            for (ReportOutline.Block sub : section.subsections) {
                bytes += utf8Length(sub.heading) + 12;
            }
        }
        return bytes;
    }

    private static String render(String title, String documentNumber, String intro, ReportOutline outline, String closing,
                                 boolean inlineSubheadings) {
        StringBuilder text = new StringBuilder(MAX_BYTES / 2);
        text.append(title).append('\n').append(documentNumber).append("\n\n").append(intro).append('\n');
        for (int s = 0; s < outline.sections.size(); s++) {
            ReportOutline.Block section = outline.sections.get(s);
            text.append(numeral(s)).append('、').append(section.heading).append('\n');
            section.paragraphs.forEach(p -> text.append(p).append('\n'));
            for (int u = 0; u < section.subsections.size(); u++) {
                ReportOutline.Block sub = section.subsections.get(u);
                text.append('（').append(numeral(u)).append('）').append(sub.heading).append('。');
                for (int p = 0; p < sub.paragraphs.size(); p++) {
                    if (p > 0 || !inlineSubheadings) {
                        text.append('\n');
                    }
                    text.append(sub.paragraphs.get(p));
                }
                text.append('\n');
            }
        }
        return text.append('\n').append(closing).append('\n').toString();
    }

    private static String numeral(int zeroBased) {
        return NUMERALS[zeroBased];
    }

    static int utf8Length(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** Fills a piece's placeholders with this report's issuer, years and random figures. */
    private static final class Filler {
        final Random random;
        final int year;
        final String issuer;

        Filler(Random random, int year, String issuer) {
            this.random = random;
            this.year = year;
            this.issuer = issuer;
        }

        String fill(String piece) {
            if (piece.indexOf('{') < 0) {
                return piece;
            }
            StringBuilder out = new StringBuilder(piece.length() + 16);
            int from = 0;
            for (int open = piece.indexOf('{'); open >= 0; open = piece.indexOf('{', from)) {
                int close = piece.indexOf('}', open);
                if (close < 0) {
                    break;
                }
                out.append(piece, from, open);
                out.append(switch (piece.substring(open + 1, close)) {
                    case "Y" -> String.valueOf(year);
                    case "Y1" -> String.valueOf(year + 1);
                    case "I" -> issuer;
                    case "N" -> String.valueOf(2 + random.nextInt(498));
                    default -> piece.substring(open, close + 1);
                });
                from = close + 1;
            }
            return out.append(piece, from, piece.length()).toString();
        }
    }
}
