package dev.reportflow.classifier.issuer;

import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.classifier.text.Folding;
import dev.reportflow.classifier.text.LineShapes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where in a report the issuer stage looks for bodies ({@link BodyFinder} reads them in a piece of
 * text): the title's body region, the opening lines, the signature, the whole text; and how a
 * self-reference (我院) is matched to a body of its kind that is named.
 */
final class Mentions {

    static final String GOVERNMENT = "general_government";
    /** "XX县人民政府：" opens a letter; a longer line ending in a colon is a sentence ("现汇报如下："). */
    private static final int SALUTATION_LENGTH = 20;
    /** The first character of a self-reference (我院, 本局, 该中心). */
    private static final String SELF_MARKERS = "我本该";
    /** How many of the last non-blank lines may hold the signature. */
    private static final int SIGNATURE_LINES = 3;

    private final Rules rules;
    private final BodyFinder finder;

    Mentions(Rules rules) {
        this.rules = rules;
        this.finder = new BodyFinder(rules);
    }

    /** The bodies named in the title's body region, in the order written. */
    List<BodyMention> inTitle(String title, TitleParts parts) {
        return finder.inTitle(title, parts.from(), parts.regionEnd());
    }

    /** The first body named in the opening lines, a salutation left out. */
    BodyMention firstInOpening(IssuerClues clues) {
        for (int i : clues.openingLines) {
            String line = clues.lines.foldedTrimmed(i);
            if (line.endsWith(":") && line.length() <= SALUTATION_LENGTH) {
                continue; // a salutation names the addressee, not the sender
            }
            List<BodyMention> mentions = finder.inSentence(line);
            if (!mentions.isEmpty()) {
                BodyMention organ = isSelfReference(mentions.get(0)) ? partyOrganOf(mentions.get(0), line) : null;
                return organ != null ? organ : mentions.get(0);
            }
        }
        return null;
    }

    /** The department of the party's and the League's organisations (党委, 党总支, 团支部). */
    private static final String PARTY_BUILDING = "party_building";
    /** Longest party or League organ's alias looked for after a self-reference. */
    private static final int MAX_ORGAN_ALIAS = 6;

    /**
     * "我院团支部在院党总支的领导下": a self-reference followed at once by a party or League organ says that
     * organ of the body speaks, not the body: a self-reference still (never a name), of party_building.
     */
    private BodyMention partyOrganOf(BodyMention self, String line) {
        int at = line.indexOf(self.name());
        if (at < 0) {
            return null;
        }
        int from = at + self.name().length();
        String[] organ = {null};
        rules.issuerAliases().scan(line, from, Math.min(line.length(), from + MAX_ORGAN_ALIAS),
                (String code, String alias, int s, int e) -> {
                    if (s == from && PARTY_BUILDING.equals(code) && (organ[0] == null || alias.length() > organ[0].length())) {
                        organ[0] = alias;
                    }
                });
        return organ[0] == null ? null
                : new BodyMention(self.name() + organ[0], PARTY_BUILDING, organ[0], self.name().length());
    }

    /** The body in the signature block: one of the last short lines, above the date. */
    BodyMention signature(IssuerClues clues) {
        int seen = 0;
        for (int i = clues.end; i > clues.start && seen < SIGNATURE_LINES; i--) {
            if (clues.lines.isBlank(i)) {
                continue;
            }
            seen++;
            String line = clues.lines.foldedTrimmed(i);
            if (!LineShapes.isSignatureLike(line)) {
                return null;
            }
            List<BodyMention> mentions = finder.inSentence(line);
            if (!mentions.isEmpty()) {
                return mentions.get(mentions.size() - 1);
            }
        }
        return null;
    }

    /** "我代表…" in a report's first lines: the speaker names the body it speaks for. */
    private static final String DELEGATION = "我代表";
    /** How many lines past the report's start the delegation may stand (after a title, a date, a salutation). */
    private static final int DELEGATION_REACH = 16;
    /** Longest name a speaker speaks for, up to the word that turns to the audience (向大会, a comma). */
    private static final int MAX_DELEGATED = 24;
    private static final String DELEGATION_ENDS = "向,;:。";
    /** The term of a committee written after its name (第三届委员会, 第二届执委会): no part of the body's name. */
    private static final Pattern TERM = Pattern.compile("第[一二三四五六七八九十0-9]+届.*$");

    /**
     * The body a speaker speaks for ("我代表共青团五沙村支部第三届委员会向大会作报告", "我代表XXX妇女联合会…"):
     * the words after 我代表, up to the audience, when they end in a body's alias or kind; a government
     * is {@link CongressSpeaker}'s, a bare kind (我代表学校) names none, and the body's own term
     * (第三届委员会) is left out. Or null.
     */
    BodyMention delegation(IssuerClues clues) {
        for (int i = clues.start; i <= Math.min(clues.end, clues.start + DELEGATION_REACH); i++) {
            String line = clues.lines.foldedTrimmed(i);
            int at = line.indexOf(DELEGATION);
            if (at < 0) {
                continue;
            }
            int from = at + DELEGATION.length();
            int to = from;
            while (to < line.length() && to - from < MAX_DELEGATED && DELEGATION_ENDS.indexOf(line.charAt(to)) < 0) {
                to++;
            }
            String named = TERM.matcher(line.substring(from, to)).replaceFirst("").strip();
            BodyMention body = named.contains("政府") || named.isEmpty() ? null : namedWhole(named);
            // "我代表学校": a kind, which names no body (the title's or the text's name does)
            return body == null || isBareAlias(body) ? null : body;
        }
        return null;
    }

    /** The body {@code named} is as a whole, when it ends in an alias or a body's kind (联合会, 支部); or null. */
    private BodyMention namedWhole(String named) {
        List<BodyMention> inside = finder.inTitle(named, 0, named.length());
        BodyMention last = inside.isEmpty() ? null : inside.get(inside.size() - 1);
        if (last != null && last.name().length() == named.length()) {
            return last;
        }
        for (String suffix : rules.bodySuffixes()) {
            if (named.endsWith(suffix) && named.length() > suffix.length()) {
                // a kind no alias knows (…支部): the department of the alias written in it (共青团), if any
                String department = last == null ? null : last.department();
                return new BodyMention(named, department, suffix, named.length() - suffix.length());
            }
        }
        return null;
    }

    /** A self-reference no alias knows (我局, 本中心) in the opening or profile lines, as a body of unknown department. */
    BodyMention selfWord(IssuerClues clues) {
        for (int i : clues.openingAndProfileLines()) {
            String line = clues.lines.foldedTrimmed(i);
            for (String word : rules.selfReferences()) {
                if (line.contains(word)) {
                    return new BodyMention(word, null, word, 0);
                }
            }
        }
        return null;
    }

    /**
     * The name of the body a self-reference stands for: a body of the same kind (its name holds the
     * word after 我/本: 院 in XX县人民医院) and department, named in the opening paragraph, the
     * profile section (基本情况) or the signature, in that order.
     */
    BodyMention namedSelf(BodyMention self, IssuerClues clues) {
        String kind = kindOf(self);
        for (int i : clues.openingAndProfileLines()) {
            for (BodyMention m : finder.inSentence(clues.lines.foldedTrimmed(i))) {
                if (sameBody(self, kind, m)) {
                    return m;
                }
            }
        }
        BodyMention signature = clues.signature();
        return signature != null && sameBody(self, kind, signature) ? signature : null;
    }

    /**
     * The fuller name of a body the title calls by its kind alone (应急管理局): the first body of the same
     * department and kind named with its area in the opening, profile or signature (市应急局). A short
     * form keeps its full form's first and last characters (应急局 of 应急管理局, 卫健委 of 卫生健康委), so
     * a superior of the same department but another kind (党委 for 团委) is not taken.
     */
    BodyMention fullerName(BodyMention bare, IssuerClues clues) {
        String department = bare.department();
        if (department == null || Rules.FROM_CONTENT.equals(department) || GOVERNMENT.equals(department)
                || bare.isGenericReference()) {
            return null;
        }
        List<BodyMention> candidates = new ArrayList<>();
        for (int i : clues.openingAndProfileLines()) {
            String line = clues.lines.foldedTrimmed(i);
            BodyMention formal = formalCommittee(bare.alias(), department, line);
            if (formal != null) {
                return formal;
            }
            candidates.addAll(finder.inSentence(line));
        }
        if (clues.signature() != null) {
            candidates.add(clues.signature());
        }
        for (BodyMention m : candidates) {
            if (department.equals(m.department()) && m.aliasStart() > 0 && !isSelfReference(m) && !m.isGenericReference()
                    && sameShortForm(bare.alias(), m.alias())) {
                return m;
            }
        }
        return null;
    }

    /**
     * The full name of a body a title writes short (农村粮食局, a page's shortening) when no alias knows
     * the short form: the first body of a known department named in the opening, profile or signature
     * whose alias holds the short form's characters in order, from its first to its last (区农业农村和粮食局); or null.
     */
    BodyMention knownFormOf(BodyMention shortForm, IssuerClues clues) {
        String name = shortForm.name();
        List<BodyMention> candidates = new ArrayList<>();
        for (int i : clues.openingAndProfileLines()) {
            candidates.addAll(finder.inSentence(clues.lines.foldedTrimmed(i)));
        }
        if (clues.signature() != null) {
            candidates.add(clues.signature());
        }
        for (BodyMention m : candidates) {
            if (m.department() != null && rules.department(m.department()) != null && !isSelfReference(m)
                    && !m.isGenericReference() && sameShortForm(name, m.alias()) && inOrder(name, m.alias())) {
                return m;
            }
        }
        return null;
    }

    /** Whether every character of {@code shortForm} is in {@code full}, in the same order. */
    private static boolean inOrder(String shortForm, String full) {
        int at = 0;
        for (int i = 0; i < shortForm.length(); i++) {
            at = full.indexOf(shortForm.charAt(i), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    /** Longest area written between an organisation's name and 委员会 (共青团X市X区委员会). */
    private static final int MAX_COMMITTEE_AREA = 12;
    private static final String COMMITTEE = "委员会";

    /**
     * The formal name of an organisation's committee for an area, written as the organisation, the area
     * and 委员会 (共青团X市X区委员会 for a title's 共青团), or null.
     */
    private static BodyMention formalCommittee(String organisation, String department, String line) {
        int at = line.indexOf(organisation);
        if (at < 0) {
            return null;
        }
        int from = at + organisation.length();
        int end = line.indexOf(COMMITTEE, from);
        if (end <= from || end - from > MAX_COMMITTEE_AREA) {
            return null;
        }
        for (int i = from; i < end; i++) {
            char c = line.charAt(i);
            if (!Folding.isHan(c) && c != 'X') {
                return null;
            }
        }
        String name = line.substring(at, end + COMMITTEE.length());
        return new BodyMention(name, department, COMMITTEE, end - at);
    }

    private static boolean sameShortForm(String a, String b) {
        return a.charAt(0) == b.charAt(0) && a.charAt(a.length() - 1) == b.charAt(b.length() - 1);
    }

    /**
     * The body a self-reference stands for, named anywhere in the report: the first body of its kind
     * and of a known department (no government, no generic enterprise) whose name starts with its area,
     * else the first with any name before its alias.
     */
    BodyMention namedInBody(BodyMention self, IssuerClues clues) {
        String kind = kindOf(self);
        BodyMention first = null;
        for (int i = clues.start + 1; i <= clues.end; i++) {
            if (clues.lines.isBlank(i)) {
                continue;
            }
            for (BodyMention m : finder.inSentence(clues.lines.foldedTrimmed(i))) {
                if (m.department() != null && !Rules.FROM_CONTENT.equals(m.department()) && !GOVERNMENT.equals(m.department())
                        && rules.department(m.department()) != null && sameBody(self, kind, m)) {
                    if (namesItsArea(m)) {
                        return m;
                    }
                    first = first == null ? m : first;
                }
            }
        }
        return first;
    }

    /**
     * Whether a body's name starts with its area (樟树市档案馆, XX县自然资源和规划局): the full name a report gives
     * itself, preferred to a phrase before the alias that only looks like a name (重视档案馆藏…).
     */
    private static boolean namesItsArea(BodyMention m) {
        String area = m.name().substring(0, m.aliasStart());
        return area.length() > 1 && (AdminLevel.isUnitWord(area.substring(area.length() - 1))
                || area.length() > 2 && AdminLevel.isUnitWord(area.substring(area.length() - 2)));
    }

    /**
     * The institution a bare kind (学校 in a title) stands for: the first body of its kind and
     * department named with a name before its alias (XX中学, 实验中学), in the opening, profile or
     * signature, else anywhere in the report; or null.
     */
    BodyMention firstNamedOfKind(BodyMention bareKind, IssuerClues clues) {
        String alias = bareKind.alias();
        String kind = alias.substring(alias.length() - 1);
        for (int i : clues.openingAndProfileLines()) {
            BodyMention named = firstOfKind(bareKind, kind, clues.lines.foldedTrimmed(i));
            if (named != null) {
                return named;
            }
        }
        if (clues.signature() != null && sameBody(bareKind, kind, clues.signature())) {
            return clues.signature();
        }
        for (int i = clues.start + 1; i <= clues.end; i++) {
            BodyMention named = clues.lines.isBlank(i) ? null : firstOfKind(bareKind, kind, clues.lines.foldedTrimmed(i));
            if (named != null) {
                return named;
            }
        }
        return null;
    }

    private BodyMention firstOfKind(BodyMention bareKind, String kind, String line) {
        for (BodyMention m : finder.inSentence(line)) {
            if (sameBody(bareKind, kind, m)) {
                return m;
            }
        }
        return null;
    }

    /**
     * Whether the signature names the body a bare kind in the opening stands for ("学校坚持…" and
     * XX市第二中学 under the text).
     */
    boolean signs(BodyMention bareKind, BodyMention signature) {
        String alias = bareKind.alias();
        return signature != null && sameBody(bareKind, alias.substring(alias.length() - 1), signature);
    }

    /** 我院, 本局, 我委: how a report speaks of itself. It tells the body's kind, never its name. */
    static boolean isSelfReference(BodyMention mention) {
        String name = mention.name();
        return name.length() >= 2 && SELF_MARKERS.indexOf(name.charAt(0)) >= 0;
    }

    /**
     * A body named by its alias alone (学校, 医院, 财政局 with nothing before): a kind, not a name. Governments
     * (街道党工委 → XX街道) and generic references (财政部门) have forms of their own.
     */
    static boolean isBareAlias(BodyMention m) {
        return m.aliasStart() == 0 && m.name().equals(m.alias()) && !isSelfReference(m) && !m.isGenericReference()
                && m.department() != null && !GOVERNMENT.equals(m.department()) && !Rules.FROM_CONTENT.equals(m.department());
    }

    /** The kind a self-reference names: the word after 我/本 (院 of 我院). */
    private static String kindOf(BodyMention self) {
        return self.name().substring(1);
    }

    private boolean sameBody(BodyMention self, String kind, BodyMention m) {
        boolean sameDepartment = self.department() == null || Rules.FROM_CONTENT.equals(self.department())
                || self.department().equals(m.department());
        // a name, not a bare kind: something (XX县, 区) stands before the alias ("医院高质量发展" names no body)
        return !isSelfReference(m) && m.aliasStart() > 0 && ofKind(m.name(), kind)
                && sameDepartment && !m.isGenericReference();
    }

    /** Whether a name is of a self-reference's kind: it holds the kind (院 in XX县人民医院) or a word for it (校: 中学). */
    private boolean ofKind(String name, String kind) {
        if (name.contains(kind)) {
            return true;
        }
        for (String word : rules.kindWords(kind)) {
            if (name.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
