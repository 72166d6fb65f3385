package dev.reportflow.documents.docx;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * Word's automatic list numbers, which are not part of a paragraph's text: Word computes them
 * when it lays the document out. Reports number their sections this way (一、 （一） 1. （1）), and
 * the outline parser needs those numbers, so they are computed here in document order: one set of
 * counters per abstract list (list instances that share one continue each other's numbering,
 * unless an instance overrides a level's start), a level's counter restarting whenever a higher
 * level advances.
 */
final class ListNumbering {

    private static final int LEVELS = 9;
    private static final int MAX_STYLE_DEPTH = 20;

    private final XWPFNumbering numbering;
    private final XWPFStyles styles;
    private final Map<BigInteger, Counters> counters = new HashMap<>();
    private final Set<BigInteger> startedInstances = new HashSet<>();

    ListNumbering(XWPFNumbering numbering, XWPFStyles styles) {
        this.numbering = numbering;
        this.styles = styles;
    }

    /** The number Word shows before the paragraph, with its separator, or "" for an unnumbered one. */
    String labelOf(XWPFParagraph paragraph) {
        if (numbering == null) {
            return "";
        }
        ListReference reference = referenceOf(paragraph);
        if (reference == null) {
            return "";
        }
        XWPFNum instance = numbering.getNum(reference.numId());
        if (instance == null || instance.getCTNum().getAbstractNumId() == null) {
            return "";
        }
        BigInteger abstractId = instance.getCTNum().getAbstractNumId().getVal();
        XWPFAbstractNum list = numbering.getAbstractNum(abstractId);
        if (list == null) {
            return "";
        }
        CTLvl[] levels = levels(list, instance);
        int level = Math.min(reference.level(), LEVELS - 1);
        if (levels[level] == null) {
            return "";
        }
        Counters state = counters.computeIfAbsent(abstractId, id -> new Counters());
        if (startedInstances.add(reference.numId())) {
            applyStartOverrides(instance, state);
        }
        state.advance(level, start(levels[level]));
        return NumberFormats.label(levels, level, state.values(levels));
    }

    private record ListReference(BigInteger numId, int level) {
    }

    /** The paragraph's own numbering, else its style's (heading styles are often numbered), following basedOn. */
    private ListReference referenceOf(XWPFParagraph paragraph) {
        CTPPr own = paragraph.getCTP().getPPr();
        CTNumPr direct = own != null && own.isSetNumPr() ? own.getNumPr() : null;
        BigInteger numId = direct != null && direct.isSetNumId() ? direct.getNumId().getVal() : null;
        Integer level = direct != null && direct.isSetIlvl() ? direct.getIlvl().getVal().intValue() : null;
        String styleId = paragraph.getStyleID();
        for (int depth = 0; styleId != null && styles != null && depth < MAX_STYLE_DEPTH && (numId == null || level == null); depth++) {
            XWPFStyle style = styles.getStyle(styleId);
            if (style == null) {
                break;
            }
            CTStyle ct = style.getCTStyle();
            if (ct.isSetPPr() && ct.getPPr().isSetNumPr()) {
                CTNumPr inherited = ct.getPPr().getNumPr();
                if (numId == null && inherited.isSetNumId()) {
                    numId = inherited.getNumId().getVal();
                }
                if (level == null && inherited.isSetIlvl()) {
                    level = inherited.getIlvl().getVal().intValue();
                }
            }
            styleId = style.getBasisStyleID();
        }
        // numId 0 is how Word switches numbering off for a paragraph whose style is numbered.
        if (numId == null || numId.signum() == 0) {
            return null;
        }
        return new ListReference(numId, level == null ? 0 : Math.max(level, 0));
    }

    private static CTLvl[] levels(XWPFAbstractNum list, XWPFNum instance) {
        CTLvl[] levels = new CTLvl[LEVELS];
        for (CTLvl lvl : list.getCTAbstractNum().getLvlArray()) {
            put(levels, lvl.getIlvl(), lvl);
        }
        for (CTNumLvl override : instance.getCTNum().getLvlOverrideArray()) {
            if (override.isSetLvl()) {
                put(levels, override.getIlvl(), override.getLvl());
            }
        }
        return levels;
    }

    private static void put(CTLvl[] levels, BigInteger ilvl, CTLvl lvl) {
        int index = ilvl == null ? 0 : ilvl.intValue();
        if (index >= 0 && index < LEVELS) {
            levels[index] = lvl;
        }
    }

    private static void applyStartOverrides(XWPFNum instance, Counters state) {
        for (CTNumLvl override : instance.getCTNum().getLvlOverrideArray()) {
            if (override.isSetStartOverride() && override.getIlvl() != null) {
                state.restartAt(override.getIlvl().intValue(), override.getStartOverride().getVal().intValue());
            }
        }
    }

    static int start(CTLvl lvl) {
        return lvl.isSetStart() ? lvl.getStart().getVal().intValue() : 0;
    }

    static boolean isLegal(CTLvl lvl) {
        return lvl.isSetIsLgl() && POIXMLUnits.parseOnOff(lvl.getIsLgl());
    }

    /** The current number of each level of one list. */
    private static final class Counters {
        private final int[] values = new int[LEVELS];
        private final boolean[] started = new boolean[LEVELS];
        private final Integer[] restartValues = new Integer[LEVELS];

        void advance(int level, int start) {
            if (started[level]) {
                values[level]++;
            } else {
                values[level] = restartValues[level] != null ? restartValues[level] : start;
                restartValues[level] = null;
                started[level] = true;
            }
            for (int deeper = level + 1; deeper < LEVELS; deeper++) {
                started[deeper] = false;
            }
        }

        void restartAt(int level, int value) {
            if (level >= 0 && level < LEVELS) {
                started[level] = false;
                restartValues[level] = value;
            }
        }

        /** Levels not reached yet show their start value, as Word does for "%1.%2" under a skipped level. */
        int[] values(CTLvl[] levels) {
            int[] shown = new int[LEVELS];
            for (int i = 0; i < LEVELS; i++) {
                shown[i] = started[i] ? values[i] : levels[i] == null ? 1 : start(levels[i]);
            }
            return shown;
        }
    }
}
