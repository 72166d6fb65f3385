package dev.reportflow.classifier.report;

import dev.reportflow.classifier.Evidence;
import dev.reportflow.classifier.outline.HeadingParser;
import dev.reportflow.classifier.split.TitleShape;
import dev.reportflow.classifier.text.TextLines;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Positive evidence that a text is something other than a work report: news about a meeting, a
 * notice, a speech, a bulletin or budget table, a policy plan, a person's own 述职, a how-to page.
 * The classifier accepts by default: a text is turned away only on such evidence, and never when it
 * also speaks as a report (a speaker line 我代表…人民政府, "现将…汇报如下", a report title that is no
 * meeting's or notice's), since a covering notice or a news page can carry a report whole.
 */
public final class NonReportCues {

    /** How far down the text its own title and salutation can be (past a web page's chrome). */
    private static final int HEAD_LINES = 12;
    /** How far down a report says that it is one. */
    private static final int SELF_EVIDENCE_LINES = 60;
    private static final int MAX_TITLE = 60;
    /**
     * A page that runs its title into its body on one line ("乡镇镇长述职报告各位领导、同志们:…"): the title
     * is what comes up to a report noun within the line's first characters.
     */
    private static final int RUN_ON_TITLE = 30;
    private static final List<String> RUN_ON_TITLE_ENDS = List.of("报告", "总结", "汇报", "讲话", "通知", "公告");

    /** Each kind of non-report and the words that, in the text's title, say it is one. */
    private static final Map<String, List<String>> TITLE_CUES = new LinkedHashMap<>();

    static {
        TITLE_CUES.put("news", List.of("召开", "举行", "举办", "开幕", "闭幕", "圆满", "出席", "调研", "督导", "视察",
                "走访", "慰问", "部署会", "推进会", "座谈会", "总结会", "表彰会", "动员会", "审议", "听取", "解读", "图解",
                "答记者问", "记者"));
        TITLE_CUES.put("notice", List.of("通知", "公告", "通告", "通报", "批复", "复函", "的函", "决定", "决议", "邀请函",
                "征求意见", "公示", "招聘公告", "简章"));
        TITLE_CUES.put("speech", List.of("讲话", "致辞", "发言", "讲稿"));
        TITLE_CUES.put("bulletin", List.of("统计公报", "公报", "决算", "预算", "年鉴", "统计表"));
        TITLE_CUES.put("plan_document", List.of("实施方案", "工作方案", "规划纲要", "行动计划", "实施意见", "管理办法"));
        TITLE_CUES.put("personal", List.of("述职", "述廉", "个人总结", "个人工作", "心得体会", "心得"));
        TITLE_CUES.put("how_to", List.of("怎么写", "如何写", "写作技巧", "写法", "格式要求", "模板"));
    }

    /** What the first line of an announcement says, however long (a page that has no title line). */
    private static final List<String> ANNOUNCEMENT_OPENINGS = List.of("公开招聘", "公告如下", "通知如下");

    /** Body lines that say a text is a report: its speaker, or its own "here is what we did". */
    private static final List<String> SELF_EVIDENCE = List.of("向大会报告", "向大会作", "报告政府工作", "报告工作,请",
            "汇报如下", "报告如下", "总结如下", "各位代表");

    private NonReportCues() {
    }

    /** The evidence that the text is no report, if there is any and nothing says it is one. */
    public static Optional<Evidence> find(TextLines lines) {
        List<String> head = new ArrayList<>();
        boolean speaksAsReport = false;
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < SELF_EVIDENCE_LINES; i++) {
            if (lines.isBlank(i)) {
                continue;
            }
            String line = lines.foldedTrimmed(i);
            if (seen++ < HEAD_LINES) {
                head.add(line);
            }
            // once one line speaks as a report the rest need not be asked (8 searches of each line)
            speaksAsReport = speaksAsReport || containsAny(line, SELF_EVIDENCE)
                    || line.length() <= MAX_TITLE && namesThisReport(line);
        }
        if (speaksAsReport) {
            return Optional.empty();
        }
        if (!head.isEmpty()) {
            for (String word : ANNOUNCEMENT_OPENINGS) {
                if (head.get(0).contains(word)) {
                    return Optional.of(new Evidence("not-a-report.notice", 1.0, Map.of(word, 1), "首行“" + word
                            + "”表明这是公告或通知，不是工作报告 (the first line says the text is an announcement: " + word + ")"));
                }
            }
        }
        for (int k = 0; k < head.size(); k++) {
            Evidence evidence = ofHeadLine(head.get(k), k < LEAD_LINES);
            if (evidence != null) {
                return Optional.of(evidence);
            }
        }
        return Optional.empty();
    }

    /**
     * What one of the text's first lines says the text is, or null: its title names another kind of
     * document, it is a news item's {@code lead} line, it asks what a report is, or it addresses an audience.
     */
    private static Evidence ofHeadLine(String headLine, boolean lead) {
        String line = TitleShape.withoutBreadcrumb(headLine.length() > MAX_TITLE ? runOnTitle(headLine) : headLine);
        Map.Entry<String, String> cue = cue(line);
        if (cue != null) {
            return new Evidence("not-a-report." + cue.getKey(), 1.0, Map.of(cue.getValue(), 1),
                    "标题“" + line + "”表明这是" + describeZh(cue.getKey()) + "，不是工作报告 (the title says the text is "
                            + describe(cue.getKey()) + ", not a work report)");
        }
        String event = lead ? newsLead(headLine) : null;
        if (event != null) {
            return new Evidence("not-a-report.news", 1.0, Map.of(event, 1), "导语“"
                    + headLine.substring(0, Math.min(headLine.length(), MAX_TITLE)) + "”以日期起句报道会议，是新闻报道，不是工作报告"
                    + " (the lead opens with a date and reports a meeting: news)");
        }
        if (asksAboutAReport(headLine)) {
            return new Evidence("not-a-report.how_to", 1.0, Map.of(headLine, 1), "标题“" + headLine
                    + "”是关于报告的提问，是写作指导页面，不是工作报告 (the title asks what a report is: a how-to page)");
        }
        if (line.equals("同志们:") || line.equals("同志们!")) {
            return new Evidence("not-a-report.speech", 1.0, Map.of(line, 1),
                    "正文以“同志们”称呼听众，是讲话稿，不是工作报告 (the text addresses its audience as 同志们: a speech)");
        }
        return null;
    }

    /** How many of a text's first lines can be a news item's lead: the first, or the first under its title. */
    private static final int LEAD_LINES = 2;
    /** What a news lead reports of a meeting in its first sentence. */
    private static final List<String> MEETING_EVENTS = List.of("召开", "举行", "举办", "开幕", "闭幕");
    private static final List<String> TIMES_OF_DAY = List.of("上午", "下午", "晚上", "晚");

    /**
     * The meeting event a news lead reports, or null: the line opens with the day, a comma after it
     * ("1月4日上午,石台县第十三届人民代表大会第四次会议在县影剧院隆重开幕。", "10月28日,操军镇第十四届人民代表大会
     * 第一次会议…隆重召开"), and its first sentence says that a meeting opened or was held. A report dates
     * nothing so at its start: its opening speaks of a year, its date line names no event ("2025年3月21日在
     * 汉滨区第十九届人民代表大会…上").
     */
    static String newsLead(String line) {
        int at = 0;
        int year = TitleShape.yearAt(line, 0);
        if (year == 0) {
            at = line.indexOf('年') + 1;
        }
        at = digitsThen(line, at, '月');
        at = at < 0 ? -1 : digitsThen(line, at, '日');
        if (at < 0) {
            return null;
        }
        for (String time : TIMES_OF_DAY) {
            if (line.startsWith(time, at)) {
                at += time.length();
                break;
            }
        }
        if (at >= line.length() || line.charAt(at) != ',') {
            return null;
        }
        int stop = line.indexOf('。', at);
        String sentence = line.substring(at, stop < 0 ? line.length() : stop);
        for (String event : MEETING_EVENTS) {
            if (sentence.contains(event)) {
                return event;
            }
        }
        return null;
    }

    /** The index after one or two digits at {@code from} and the {@code unit} after them, or -1. */
    private static int digitsThen(String line, int from, char unit) {
        int p = from;
        while (p < line.length() && p - from < 2 && line.charAt(p) >= '0' && line.charAt(p) <= '9') {
            p++;
        }
        return p > from && p < line.length() && line.charAt(p) == unit ? p + 1 : -1;
    }

    private static final int MAX_QUESTION = 30;

    /**
     * Whether a head line asks about a kind of report ("什么是社区工作报告?"): a page that explains
     * reports, not one. A report's title states; it never asks.
     */
    static boolean asksAboutAReport(String line) {
        return line.length() <= MAX_QUESTION && line.endsWith("?")
                && TitleShape.namesReport(line.substring(0, line.length() - 1));
    }

    /**
     * Whether a short line is the title of the text itself, a report's: it names a report and no
     * other document, and it is no numbered heading, since a notice's items name the reports it asks
     * for ("二、报送语言文字工作年度报告").
     */
    private static boolean namesThisReport(String line) {
        return TitleShape.namesReport(line) && cue(line) == null && HeadingParser.parse(line) == null;
    }

    /** Whether {@code line} holds one of {@code words}: a plain loop, as it runs on each of a text's first lines. */
    private static boolean containsAny(String line, List<String> words) {
        for (int w = 0; w < words.size(); w++) {
            if (line.contains(words.get(w))) {
                return true;
            }
        }
        return false;
    }

    /** The title a long line starts with, up to its first report noun, or "" when none ends within reach. */
    private static String runOnTitle(String line) {
        int end = -1;
        for (String noun : RUN_ON_TITLE_ENDS) {
            int at = line.indexOf(noun);
            if (at >= 0 && at + noun.length() <= RUN_ON_TITLE && (end < 0 || at + noun.length() < end)) {
                end = at + noun.length();
            }
        }
        return end < 0 ? "" : line.substring(0, end);
    }

    /** Whether a report's own title names another kind of document (…的通知, …的讲话), making it doubtful. */
    public static boolean namesOtherDocument(String title) {
        return cue(title) != null;
    }

    /** The kind of non-report a title line names and the word that names it, or null. */
    private static Map.Entry<String, String> cue(String line) {
        for (Map.Entry<String, List<String>> kind : TITLE_CUES.entrySet()) {
            for (String word : kind.getValue()) {
                if (line.contains(word) && !(kind.getKey().equals("speech") && line.contains("代表大会"))) {
                    return Map.entry(kind.getKey(), word);
                }
            }
        }
        return null;
    }

    private static String describeZh(String kind) {
        return switch (kind) {
            case "news" -> "新闻报道（会议、视察、报告解读）";
            case "notice" -> "通知、决定或公告";
            case "speech" -> "讲话稿";
            case "bulletin" -> "统计公报或预决算";
            case "plan_document" -> "政策方案";
            case "personal" -> "个人述职或心得";
            default -> "写作指导页面";
        };
    }

    private static String describe(String kind) {
        return switch (kind) {
            case "news" -> "news (a meeting, a visit, a reading of a report)";
            case "notice" -> "a notice, decision or announcement";
            case "speech" -> "a speech";
            case "bulletin" -> "a statistical bulletin or budget";
            case "plan_document" -> "a policy plan";
            case "personal" -> "a person's own report (述职, 心得)";
            default -> "a how-to page";
        };
    }
}
