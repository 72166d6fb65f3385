package dev.reportflow.classifier.issuer;

import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.classifier.text.Folding;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds bodies named in a title or a sentence. In a sentence a body's name reaches left from its
 * alias over the place before it (县财政局, XX县公安局XX派出所, 颍东分局) and stops at punctuation or at
 * a word that cannot be part of a name or a verb whose object it is (推进学校 is a bare 学校). Bodies
 * the report only answers to are skipped: those inside
 * "在…的领导下，" and inside 《document titles》.
 */
final class BodyFinder {

    private static final int MAX_PREFIX = 8;
    /** Longest quotation blanked: an honour's or a campaign's name, not a quoted passage of text. */
    private static final int MAX_QUOTATION = 40;
    private static final String NOT_IN_NAMES = "在以来的和及与由为对将是了经向至到据按照根我本该各其等从于把被让使给同跟共并且或年月日今全上下中们";

    private final Rules rules;

    BodyFinder(Rules rules) {
        this.rules = rules;
    }

    /**
     * The bodies named in a title before {@code end}; each name runs from {@code from} (the title's
     * start, or just after a leading year) to the end of its alias.
     */
    List<BodyMention> inTitle(String title, int from, int end) {
        List<BodyMention> mentions = new ArrayList<>();
        // 社区“大党委”工作总结: a body in quotation marks is a campaign's name in a title too
        rules.issuerAliases().scan(withoutSuperiors(title), from, end, (String code, String alias, int s, int e) -> {
            if (Rules.BRANCH.equals(code)) {
                // XX市公安局XX分局: the branch of the body named before it; a bare 分局 tells no department
                String parent = mentions.isEmpty() ? Rules.FROM_CONTENT : mentions.get(mentions.size() - 1).department();
                mentions.add(new BodyMention(title.substring(from, e), parent, alias, s - from));
            } else if (!Rules.NO_BODY.equals(code)) {
                mentions.add(new BodyMention(title.substring(from, e), code, alias, s - from));
            }
        });
        if (mentions.isEmpty()) {
            String prefix = title.substring(from, end);
            for (String suffix : rules.bodySuffixes()) {
                int at = prefix.lastIndexOf(suffix);
                if (at > 0 && at + suffix.length() == prefix.length()) {
                    mentions.add(new BodyMention(prefix, null, suffix, at));
                    break;
                }
            }
        }
        return mentions;
    }

    /** The bodies named in a sentence, in the order written. */
    List<BodyMention> inSentence(String sentence) {
        String text = withoutSuperiors(sentence);
        List<BodyMention> mentions = new ArrayList<>();
        rules.issuerAliases().scan(text, 0, text.length(), (String code, String alias, int s, int e) -> {
            if (Rules.NO_BODY.equals(code)) {
                return;
            }
            if (Rules.BRANCH.equals(code)) {
                mentions.add(branch(text, mentions, alias, s, e));
                return;
            }
            int start = nameStart(text, s);
            if (start > 0 && start < s && rules.selfReferences().contains(text.substring(start - 1, s))) {
                start--; // 我院团支部: the organ of the body that speaks of itself, a self-reference too (no 院团支部)
            }
            if (isCounted(text, start)) {
                return; // "下设3个党支部": a number of bodies, none of them named
            }
            if (alias.endsWith(GENERIC) && isEveryLevel(text, start)) {
                return; // "全区各级水利部门": the departments of every level, not the one that reports
            }
            mentions.add(new BodyMention(text.substring(start, e), code, alias, s - start));
        });
        return mentions;
    }

    /** Longest gap between a parent body's alias and its branch word (公安局<u>经济开发区</u>分局). */
    private static final int MAX_BRANCH_GAP = 8;

    /**
     * A branch word (分局) in a sentence: when a body's alias ends just before it, over a place name
     * only (XX市公安局XX分局), the branch is that body's and its name runs from the body's; otherwise a
     * bare branch with the name before it, whose department is left to the content.
     */
    private BodyMention branch(String text, List<BodyMention> mentions, String alias, int s, int e) {
        if (!mentions.isEmpty()) {
            BodyMention parent = mentions.get(mentions.size() - 1);
            int parentEnd = parentEnd(text, parent, s);
            if (parentEnd >= 0) {
                int parentStart = parentEnd - parent.name().length();
                mentions.remove(mentions.size() - 1);
                return new BodyMention(text.substring(parentStart, e), parent.department(), alias, s - parentStart);
            }
        }
        int start = nameStart(text, s);
        return new BodyMention(text.substring(start, e), Rules.FROM_CONTENT, alias, s - start);
    }

    /** Where the parent mention ends when only name characters separate it from the branch at {@code s}, or -1. */
    private static int parentEnd(String text, BodyMention parent, int s) {
        String name = parent.name();
        for (int end = s; end >= Math.max(name.length(), s - MAX_BRANCH_GAP); end--) {
            if (text.startsWith(name, end - name.length())) {
                return end;
            }
            if (end < s && !partOfName(text.charAt(end))) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a verb (推进, 加强) ends just before {@code at}: a name never reaches left over one. */
    private boolean afterVerb(String text, int at) {
        for (int length = 2; length <= 3 && length <= at; length++) {
            if (rules.nameStopVerbs().contains(text.substring(at - length, at))) {
                return true;
            }
        }
        return false;
    }

    /** Measure words that count bodies (3个党支部, 5家医院, 12所学校). */
    private static final String MEASURE_WORDS = "个家所";
    private static final String NUMERALS = "0123456789一二三四五六七八九十两几多";

    /** Whether the name at {@code start} opens with a measure word after a number: a count, not a name. */
    private static boolean isCounted(String text, int start) {
        return start > 0 && start < text.length() && MEASURE_WORDS.indexOf(text.charAt(start)) >= 0
                && NUMERALS.indexOf(text.charAt(start - 1)) >= 0;
    }

    /** How a report speaks of a department's kind rather than its name (财政部门). */
    private static final String GENERIC = "部门";
    private static final String EVERY = "各";

    /** Whether 各 stands just before the name at {@code start} (各部门, and 各级财政部门, whose name starts at 级). */
    private static boolean isEveryLevel(String text, int start) {
        return start > 0 && text.startsWith(EVERY, start - 1);
    }

    /** Characters that stop a name mid-sentence (工作中, 向上) but start real places' names (中山市, 上海市, 和平区). */
    private static final String PLACE_FIRST_CHARS = "中上和";

    /**
     * Where the name of the body whose alias starts at {@code s} begins: left over name characters.
     * 中, 上 and 和 stop the walk (工作中, 向上, 和) except where they open the clause, as the first
     * character of a place (",中山市市场监督管理局…", "上海市…", "和平区…"): no word ends in them after a comma.
     */
    private int nameStart(String text, int s) {
        int start = s;
        while (start > 0 && s - start < MAX_PREFIX && partOfName(text.charAt(start - 1)) && !afterVerb(text, start)
                && !PeriodWords.endsAt(text, start)) {
            start--;
        }
        if (start > 0 && PLACE_FIRST_CHARS.indexOf(text.charAt(start - 1)) >= 0 && s - start < MAX_PREFIX && start < s
                && (start == 1 || !Folding.isHan(text.charAt(start - 2)) && text.charAt(start - 2) != 'X')) {
            start--;
        }
        return start;
    }

    private static boolean partOfName(char c) {
        return (Folding.isHan(c) || c == 'X' || c == 'x') && NOT_IN_NAMES.indexOf(c) < 0;
    }

    /** Words that open a clause citing an instruction (根据市政府办公厅《…》要求): its body is the one that asked. */
    private static final List<String> INSTRUCTION_OPENERS = List.of("根据", "按照", "依据");
    /** Words that close such a clause: what the instruction asked, planned or laid down. */
    private static final List<String> INSTRUCTION_CLOSERS = List.of("要求", "部署", "安排", "规定");
    /** Longest instruction clause blanked: the body and the title of its document. */
    private static final int MAX_INSTRUCTION = 60;
    /** Marks that end a clause: an instruction's closer beyond one is another clause's word. */
    private static final String CLAUSE_ENDS = "。;!?；！？";

    /**
     * Blanks "在…下，" clauses, "根据…要求" clauses, 《…》 titles and “…” quotations, keeping positions: a
     * body named inside quotation marks is an honour or a campaign the report cites
     * (荣获“省第三批党支部标准化规范化示范党支部”), and one that gave an instruction the report follows
     * (根据市政府办公厅《…通知》要求, 按照县委部署) is a superior, not the body that speaks.
     */
    static String withoutSuperiors(String s) {
        char[] out = s.toCharArray();
        blankInstructions(out, s);
        blank(out, '《', "》", 80);
        blank(out, '“', "”", MAX_QUOTATION);
        for (int i = 0; i < out.length; i++) {
            if (out[i] == '在') {
                int end = find(out, i + 1, "下,", 60);
                // "走在前列的一年。海安市公安局党委在市委…领导下,": a clause ends at its sentence's end, and
                // the 在 of the sentence before opens none (the body that speaks starts the next sentence)
                if (end > 0 && !endsClauseBetween(s, i, end)) {
                    for (int k = i; k < end + 2; k++) {
                        out[k] = ' ';
                    }
                }
            }
        }
        return new String(out);
    }

    private static void blankInstructions(char[] out, String s) {
        for (String opener : INSTRUCTION_OPENERS) {
            for (int at = s.indexOf(opener); at >= 0; at = s.indexOf(opener, at + opener.length())) {
                int end = instructionEnd(s, at + opener.length());
                for (int k = at; k < end; k++) {
                    out[k] = ' ';
                }
            }
        }
    }

    /** Where the instruction clause opened before {@code from} ends (after its closer), or {@code from} when none closes it. */
    private static int instructionEnd(String s, int from) {
        int limit = Math.min(s.length(), from + MAX_INSTRUCTION);
        for (int i = from; i < limit; i++) {
            if (CLAUSE_ENDS.indexOf(s.charAt(i)) >= 0) {
                return from;
            }
            for (String closer : INSTRUCTION_CLOSERS) {
                if (s.startsWith(closer, i)) {
                    return i + closer.length();
                }
            }
        }
        return from;
    }

    private static void blank(char[] s, char open, String close, int maxLength) {
        for (int i = 0; i < s.length; i++) {
            if (s[i] == open) {
                int end = find(s, i + 1, close, maxLength);
                if (end > 0) {
                    for (int k = i; k < end + close.length(); k++) {
                        s[k] = ' ';
                    }
                }
            }
        }
    }

    private static boolean endsClauseBetween(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLAUSE_ENDS.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int find(char[] s, int from, String what, int maxDistance) {
        int limit = Math.min(s.length - what.length(), from + maxDistance);
        for (int i = from; i <= limit; i++) {
            boolean match = true;
            for (int k = 0; k < what.length() && match; k++) {
                match = s[i + k] == what.charAt(k);
            }
            if (match) {
                return i;
            }
        }
        return -1;
    }
}
