package dev.reportflow.classifier.issuer;

import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.classifier.rules.TitleWord;
import dev.reportflow.classifier.split.TitleShape;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a title's parts are: {@code from} past a leading year, {@code regionEnd} where the body's
 * name must end (the first year after it, or the first summary/plan word), {@code kindAt} that word;
 * {@code unit} the administrative unit the body region ends with (乡, XX镇, 县), or null.
 */
record TitleParts(int from, int regionEnd, int kindAt, String title, String unit) {

    static TitleParts of(String title, Rules rules) {
        int[] kindAt = {title.length()};
        rules.titleWords().scan(title, 0, title.length(), (TitleWord w, String term, int s, int e) -> {
            if ((w == TitleWord.SUMMARY || w == TitleWord.PLAN) && s < kindAt[0]) {
                kindAt[0] = s;
            }
        });
        List<Integer> years = TitleShape.years(title);
        int yearAt = years.isEmpty() ? -1 : title.indexOf(String.valueOf(years.get(0)));
        int from = 0;
        int regionEnd = kindAt[0];
        if (yearAt == 0) {
            from = title.indexOf('年') + 1;
            if (from < title.length() && title.charAt(from) == '度') {
                from++;
            }
            regionEnd = Math.max(from, kindAt[0]);
        } else if (yearAt > 0 && yearAt < kindAt[0]) {
            regionEnd = yearAt;
        }
        from = pastPeriods(title, from, regionEnd);
        regionEnd = beforeWorkWord(title, from, beforePeriod(title, from, regionEnd));
        return new TitleParts(from, regionEnd, kindAt[0], title, unitAtEnd(title, from, regionEnd, rules));
    }

    /**
     * A period a title names before or after its body (2022年上半年社区工作总结, 春季幼儿园…, 20xx共青团…,
     * 双沟中心小学2022-2023学年学校…, 中学学年度第一学期学校…): a year, masked or not, perhaps a range or a
     * range's second half (2021年~2021学年中学…), and
     * the words of a half, a quarter, a school year or term, a season. It is never part of a body's name.
     */
    private static final Pattern PERIOD = Pattern.compile("[-~—至]?(?:\\d{4}|20[xX×]{2})(?:\\s*[-~—至]\\s*\\d{2,4})?(?:学年度|学年|年度|年)?"
            + "|[上下]?半年|前三季度|第?[一二三四]季度|年终|全年|本?年度|学年度|学年|[本上下]学期|第[一二]学期|[春秋]季");
    /** The word for a township or a town, either of them: it names no unit of its own. */
    private static final String TOWNSHIP_OR_TOWN = "乡镇";
    /** The word that joins a body to its kind word (区园林管理局工作总结): no part of the body's name. */
    private static final String WORK = "工作";

    /** Past the periods written at {@code from} (2023年度上半年), but not past {@code regionEnd}. */
    private static int pastPeriods(String title, int from, int regionEnd) {
        Matcher period = PERIOD.matcher(title);
        int at = from;
        while (at < regionEnd && period.region(at, regionEnd).lookingAt() && period.end() > at) {
            at = period.end();
        }
        return at;
    }

    /** Where the first period after the body's name starts (双沟中心小学|2022-2023学年学校), or {@code regionEnd}. */
    private static int beforePeriod(String title, int from, int regionEnd) {
        Matcher period = PERIOD.matcher(title).region(from, regionEnd);
        return period.find() && period.start() > from ? period.start() : regionEnd;
    }

    private static int beforeWorkWord(String title, int from, int regionEnd) {
        String region = title.substring(from, regionEnd).stripTrailing();
        if (region.endsWith(WORK) && region.length() > WORK.length()) {
            region = region.substring(0, region.length() - WORK.length());
        }
        int quote = region.lastIndexOf('“');
        if (quote > 0 && region.endsWith("”")) {
            region = region.substring(0, quote); // 社区“大党委”工作总结: the quoted campaign is the topic, 社区 the body
        }
        return from + region.length();
    }

    /** Whether the title has room for a body's name before its year or kind word. */
    boolean hasBodyRegion() {
        return regionEnd > from;
    }

    /** The title's body region, stripped ("XX乡", "区审计局"). */
    String region() {
        return title.substring(from, regionEnd).strip();
    }

    private static String unitAtEnd(String title, int from, int regionEnd, Rules rules) {
        if (regionEnd <= from) {
            return null;
        }
        String prefix = title.substring(from, regionEnd).strip();
        if (prefix.equals(TOWNSHIP_OR_TOWN)) {
            return null; // 乡镇年度工作总结: a township or a town, the text says which (全乡, 我镇)
        }
        String[] unit = {null};
        rules.adminUnits().scan(prefix, 0, prefix.length(), (String level, String term, int s, int e) -> {
            if (e == prefix.length()) {
                unit[0] = term;
            }
        });
        return unit[0];
    }
}
