package dev.reportflow.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Word files built in code, the way Word writes lists and headings, so tests need no binary fixtures. */
public final class WordFiles {

    /** A level of a list definition: Word's number format and level text. */
    public record Level(STNumberFormat.Enum format, String text, int start) {
        public Level(STNumberFormat.Enum format, String text) {
            this(format, text, 1);
        }
    }

    /** The outline numbering of Chinese government reports: 一、 （一） 1. （1）. */
    public static final List<Level> CHINESE_OUTLINE = List.of(
            new Level(STNumberFormat.CHINESE_COUNTING, "%1、"),
            new Level(STNumberFormat.CHINESE_COUNTING, "（%2）"),
            new Level(STNumberFormat.DECIMAL, "%3."),
            new Level(STNumberFormat.DECIMAL, "（%4）"));

    private WordFiles() {
    }

    public static byte[] build(Consumer<XWPFDocument> content) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(document);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Defines a list with these levels and returns the id paragraphs refer to it by. */
    public static BigInteger defineList(XWPFDocument document, List<Level> levels) {
        XWPFNumbering numbering = document.getNumbering() != null ? document.getNumbering() : document.createNumbering();
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size() + 1L));
        for (int i = 0; i < levels.size(); i++) {
            CTLvl lvl = definition.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(i));
            lvl.addNewStart().setVal(BigInteger.valueOf(levels.get(i).start()));
            lvl.addNewNumFmt().setVal(levels.get(i).format());
            lvl.addNewLvlText().setVal(levels.get(i).text());
        }
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
        return numbering.addNum(abstractId);
    }

    public static XWPFParagraph paragraph(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.createRun().setText(text);
        return paragraph;
    }

    public static XWPFParagraph listItem(XWPFDocument document, BigInteger numId, int level, String text) {
        XWPFParagraph paragraph = paragraph(document, text);
        paragraph.setNumID(numId);
        paragraph.setNumILvl(BigInteger.valueOf(level));
        return paragraph;
    }

    /** A paragraph style, numbered at {@code level} of list {@code numId} when that is not null. */
    public static void defineStyle(XWPFDocument document, String id, String name, BigInteger numId, int level) {
        XWPFStyles styles = document.getStyles() != null ? document.getStyles() : document.createStyles();
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (numId != null) {
            CTNumPr numPr = style.addNewPPr().addNewNumPr();
            numPr.addNewNumId().setVal(numId);
            numPr.addNewIlvl().setVal(BigInteger.valueOf(level));
        }
        styles.addStyle(new XWPFStyle(style, styles));
    }

    public static XWPFParagraph styled(XWPFDocument document, String styleId, String text) {
        XWPFParagraph paragraph = paragraph(document, text);
        paragraph.setStyle(styleId);
        return paragraph;
    }
}
