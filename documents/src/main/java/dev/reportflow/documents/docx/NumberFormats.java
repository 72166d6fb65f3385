package dev.reportflow.documents.docx;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

/**
 * Writes list numbers in Word's number formats (ECMA-376 ST_NumberFormat) and fills a level's
 * text template ({@code "%1、"}, {@code "（%2）"}, {@code "%1.%2"}) with them. Public for the reader of
 * Word 97 files, whose number formats are the same list under numeric codes.
 */
public final class NumberFormats {

    /** Digit by digit a zero is 〇 (二〇二四); inside a counted number it is 零 (一百零一). */
    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String COUNTING_DIGITS = "零一二三四五六七八九";
    private static final String LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥";
    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
    private static final String PARENTHESISED = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇";
    private static final String WITH_FULL_STOP = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛";
    private static final String BULLET = "•";

    private NumberFormats() {
    }

    /**
     * The label of {@code level}: its template with each {@code %n} replaced by level n's number in
     * level n's format (all decimal when the level is "legal" numbering), followed by a space unless
     * the label already ends in punctuation such as 、 or ）.
     */
    static String label(CTLvl[] levels, int level, int[] values) {
        CTLvl lvl = levels[level];
        String format = formatOf(lvl);
        String template = lvl.isSetLvlText() && lvl.getLvlText().getVal() != null ? lvl.getLvlText().getVal() : "";
        if (format.equals("none") || template.isEmpty()) {
            return "";
        }
        if (format.equals("bullet")) {
            return bullet(template) + " ";
        }
        boolean legal = ListNumbering.isLegal(lvl);
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '%' && i + 1 < template.length() && template.charAt(i + 1) >= '1' && template.charAt(i + 1) <= '9') {
                int referenced = template.charAt(++i) - '1';
                if (referenced <= level) {
                    String referencedFormat = legal || levels[referenced] == null ? "decimal" : formatOf(levels[referenced]);
                    label.append(format(values[referenced], referencedFormat));
                }
            } else {
                label.append(c);
            }
        }
        return label.isEmpty() ? "" : label + separatorAfter(label.charAt(label.length() - 1));
    }

    /** {@code n} in one of Word's number formats; formats not known here fall back to decimal. */
    public static String format(int n, String format) {
        return switch (format) {
            case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting" -> n > 0 && n < 100_000 ? chineseCounting(n) : String.valueOf(n);
            case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand" -> ideographDigits(n);
            case "chineseLegalSimplified" -> n > 0 && n < 100_000 ? legalChinese(n) : String.valueOf(n);
            case "ideographTraditional" -> cycle(n, HEAVENLY_STEMS);
            case "ideographZodiac" -> cycle(n, EARTHLY_BRANCHES);
            case "decimalZero" -> n >= 0 && n < 10 ? "0" + n : String.valueOf(n);
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(String.valueOf(n));
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle" -> enclosed(n, CIRCLED);
            case "decimalEnclosedParen" -> enclosed(n, PARENTHESISED);
            case "decimalEnclosedFullstop" -> enclosed(n, WITH_FULL_STOP);
            case "upperLetter" -> letters(n, 'A');
            case "lowerLetter" -> letters(n, 'a');
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            default -> String.valueOf(n);
        };
    }

    private static String formatOf(CTLvl lvl) {
        return lvl != null && lvl.isSetNumFmt() && lvl.getNumFmt().getVal() != null ? lvl.getNumFmt().getVal().toString() : "decimal";
    }

    /** 十, 十一, 二十, 一百零一, 一千零一十: as numbers are written in Chinese prose. */
    static String chineseCounting(int n) {
        return counting(n, COUNTING_DIGITS, "十百千万", true);
    }

    private static String legalChinese(int n) {
        return counting(n, LEGAL_DIGITS, "拾佰仟万", false);
    }

    private static String counting(int n, String digits, String units, boolean bareTen) {
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        String decimal = String.valueOf(n);
        StringBuilder out = new StringBuilder();
        boolean pendingZero = false;
        for (int i = 0; i < decimal.length(); i++) {
            int digit = decimal.charAt(i) - '0';
            int power = decimal.length() - 1 - i;
            if (digit == 0) {
                pendingZero = out.length() > 0;
                continue;
            }
            if (pendingZero) {
                out.append(digits.charAt(0));
                pendingZero = false;
            }
            boolean leadingTen = bareTen && digit == 1 && power == 1 && out.length() == 0;
            if (!leadingTen) {
                out.append(digits.charAt(digit));
            }
            if (power > 0) {
                out.append(units.charAt(power - 1));
            }
        }
        return out.toString();
    }

    private static String ideographDigits(int n) {
        StringBuilder out = new StringBuilder();
        String.valueOf(n).chars().forEach(c -> out.append(c == '-' ? '-' : DIGITS.charAt(c - '0')));
        return out.toString();
    }

    private static String cycle(int n, String symbols) {
        return n <= 0 ? String.valueOf(n) : String.valueOf(symbols.charAt((n - 1) % symbols.length()));
    }

    private static String enclosed(int n, String symbols) {
        return n >= 1 && n <= symbols.length() ? String.valueOf(symbols.charAt(n - 1)) : String.valueOf(n);
    }

    private static String fullWidth(String ascii) {
        StringBuilder out = new StringBuilder();
        ascii.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : (char) c));
        return out.toString();
    }

    /** Word's letters: A…Z, then AA…ZZ, AAA…, the letter repeated. */
    private static String letters(int n, char first) {
        if (n <= 0) {
            return String.valueOf(n);
        }
        return String.valueOf((char) (first + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return String.valueOf(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                out.append(symbols[i]);
                rest -= values[i];
            }
        }
        return out.toString();
    }

    /** Bullets are drawn from symbol fonts at private-use code points that mean nothing as text. */
    public static String bullet(String template) {
        int first = template.codePointAt(0);
        return first >= 0xE000 && first <= 0xF8FF || Character.isISOControl(first) ? BULLET : template;
    }

    /**
     * Word puts a tab (or space) between number and text; Chinese labels end in 、 or ） and are
     * written without one, so a space is added only after other characters ("1." → "1. ").
     */
    public static String separatorAfter(char last) {
        return switch (last) {
            case '、', '）', ')', '．', '：', ':', '】', '〕', '」', '，' -> "";
            default -> " ";
        };
    }
}
