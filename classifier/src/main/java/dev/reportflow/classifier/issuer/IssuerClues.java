package dev.reportflow.classifier.issuer;

import dev.reportflow.classifier.report.ReportTally;
import dev.reportflow.classifier.text.TextLines;
import java.util.ArrayList;
import java.util.List;

/**
 * One report as the issuer stage reads it: where it is, its title and the parts of it, its opening
 * and profile lines, the tally of its words; and what the stage finds in it, each found once, when
 * a step first asks (the body in the title, the one the opening names, a self-reference, the
 * signature, the level the text speaks at). Steps ask these questions in turn; nothing else is
 * carried from one to the next.
 */
final class IssuerClues {

    final TextLines lines;
    /** The trimmed folded title, "" when the report has none. */
    final String title;
    final TitleParts parts;
    /** The report's first and last line (0-based). */
    final int start;
    final int end;
    final ReportTally tally;
    /** The lines that open the body before its outline. */
    final List<Integer> openingLines;
    /** The first lines of a profile section (基本情况), where a report that calls itself 我院 says what it is. */
    final List<Integer> profileLines;

    private final Mentions mentions;
    private final LevelResolver levels;
    private boolean read;
    private BodyMention titleBody;
    private BodyMention self;
    private BodyMention opening;
    private BodyMention signature;
    private boolean signatureRead;
    private LevelResolver.Resolved textLevel;

    IssuerClues(TextLines lines, String title, TitleParts parts, int start, int end, ReportTally tally,
                List<Integer> openingLines, List<Integer> profileLines, Mentions mentions, LevelResolver levels) {
        this.lines = lines;
        this.title = title;
        this.parts = parts;
        this.start = start;
        this.end = end;
        this.tally = tally;
        this.openingLines = openingLines;
        this.profileLines = profileLines;
        this.mentions = mentions;
        this.levels = levels;
    }

    /** The administrative unit the title's body region ends with (乡, XX镇, 县), or null. */
    String titleUnit() {
        return parts.unit();
    }

    /** The body the title names (the last one written in its body region), unless it is a self-reference; or null. */
    BodyMention titleBody() {
        readTitleAndOpening();
        return titleBody;
    }

    /** The body the opening paragraph names first, unless that is a self-reference; or null. */
    BodyMention opening() {
        readTitleAndOpening();
        return opening;
    }

    /** How the title or, failing it, the opening speaks of the issuer (我院, 本局), or null. */
    BodyMention self() {
        readTitleAndOpening();
        return self;
    }

    /** The body in the signature block, or null. */
    BodyMention signature() {
        if (!signatureRead) {
            signature = mentions.signature(this);
            signatureRead = true;
        }
        return signature;
    }

    /**
     * The first institution of a bare kind's kind (学校: XX中学) named with its name, in the opening,
     * profile or signature, else anywhere in the report; or null.
     */
    BodyMention firstNamedOfKind(BodyMention bareKind) {
        return mentions.firstNamedOfKind(bareKind, this);
    }

    /** The opening lines, then the profile section's. */
    List<Integer> openingAndProfileLines() {
        List<Integer> where = new ArrayList<>(openingLines);
        where.addAll(profileLines);
        return where;
    }

    /** The level of the body, from its name or, failing that, from the text. */
    LevelResolver.Resolved level(BodyMention body) {
        return body == null ? textLevel() : levels.resolve(body, tally, lines, start, end);
    }

    /** The level the text speaks of itself at (我县, 全区), with no body to go by. */
    LevelResolver.Resolved textLevel() {
        if (textLevel == null) {
            textLevel = levels.resolve(null, tally, lines, start, end);
        }
        return textLevel;
    }

    private void readTitleAndOpening() {
        if (read) {
            return;
        }
        read = true;
        List<BodyMention> inTitle = parts.hasBodyRegion() ? mentions.inTitle(title, parts) : List.of();
        BodyMention last = inTitle.isEmpty() ? null : inTitle.get(inTitle.size() - 1);
        if (last != null && titleUnit() != null && endsWithUnitAfter(last)) {
            last = null; // "XX街道XX社区": the last unit written is the issuing area, not the 街道 before it
        }
        if (last != null && Mentions.isSelfReference(last)) {
            self = last;
        } else {
            titleBody = last;
        }
        BodyMention first = mentions.firstInOpening(this);
        if (first != null && Mentions.isSelfReference(first)) {
            self = self == null ? first : self;
        } else {
            opening = first;
        }
    }

    /** Whether the title's body region goes on past a government mention to end with an administrative unit. */
    private boolean endsWithUnitAfter(BodyMention mention) {
        return Mentions.GOVERNMENT.equals(mention.department())
                && parts.from() + mention.name().length() < title.substring(0, parts.regionEnd()).strip().length();
    }
}
