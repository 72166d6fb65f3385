package dev.reportflow.classifier.eval;

import dev.reportflow.classifier.text.Folding;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Issuer names compared as bodies, not as strings. Gold sets written by different hands name the
 * same body in different forms: the classifier's convention (see {@link #CONVENTION}) writes 镇 as
 * "XX镇", another gold set writes the signature's "XX镇人民政府". Both are the same body, so names
 * are compared after folding away what does not tell bodies apart:
 *
 * <ul>
 *   <li>an annotation in brackets: 信用与个私监督管理（股） ≡ 信用与个私监督管理;</li>
 *   <li>the organ of an area's government: XX镇人民政府 ≡ XX镇, XX街道办事处 ≡ XX街道,
 *       XX社区居民委员会 ≡ XX社区, XX村村民委员会 ≡ XX村, XX开发区管理委员会 ≡ XX开发区;</li>
 *   <li>the areas above an area: XX镇XX村 ≡ XX村, XX街道XX社区 ≡ XX社区;</li>
 *   <li>masked place names: XX县交通运输局 ≡ 县交通运输局, XX镇 ≡ 镇, __镇团委 ≡ 镇团委;</li>
 *   <li>the standard short forms of a body's kind, which offices write for the full form in their own
 *       texts: 县卫健委 ≡ 县卫生健康委 ≡ 县卫生健康委员会, 县科协 ≡ 县科学技术协会, 市发改委 ≡
 *       市发展和改革委员会, 区人社局, 区住建局, 区市场监管局, 区应急局, 县政府办 (see {@link #SHORT_FORMS});
 *       and the League's committee of an area written either way round: 团区委 ≡ 区团委;</li>
 *   <li>a body with its place's name left out before the same unit, as a report calls its own body
 *       (市司法局 ≡ 长治市司法局, 省卫生厅 ≡ 安徽省卫生厅), as a masked name already is (XX市司法局).</li>
 * </ul>
 *
 * The unit words themselves stay: 县交通运输局 and 市交通运输局 are different bodies.
 */
public final class IssuerNames {

    /** How the classifier names an issuer; printed with every evaluation. */
    public static final String CONVENTION = "issuer names follow the title: a body as the title names it (县交通运输局); "
            + "an area's government by its area (XX镇, XX街道, XX社区, XX村, not …人民政府/办事处/居民委员会); a bare unit "
            + "(镇) or a title without a body completed from the text (opening, 基本情况, signature); 我院/本局 never a name";

    private static final List<String> GOVERNMENT_ORGANS = List.of("人民政府", "政府", "办事处", "办", "居民委员会",
            "村民委员会", "居委会", "村委会", "管理委员会", "管委会");
    private static final List<String> AREA_UNITS = List.of("自治区", "省", "市", "自治州", "州", "盟", "地区", "新区",
            "开发区", "高新区", "工业园区", "区", "自治县", "县", "旗", "民族乡", "乡", "苏木", "镇", "街道", "社区", "嘎查", "村");

    /**
     * Each row: the form names are compared in, then the other forms of that kind of body, longest
     * first. Only short forms in general use across China are listed: each names one kind of body
     * and no other, so folding them together never makes two different bodies one.
     */
    private static final List<List<String>> SHORT_FORMS = List.of(
            List.of("卫生健康委", "卫生健康委员会", "卫健委"),
            List.of("卫生计生委", "卫生和计划生育委员会", "卫计委"),
            List.of("发展改革委", "发展和改革委员会", "发展改革委员会", "发改委"),
            List.of("科协", "科学技术协会"),
            List.of("妇联", "妇女联合会"),
            List.of("人社局", "人力资源和社会保障局", "人力资源社会保障局"),
            List.of("住建局", "住房和城乡建设局", "住房城乡建设局"),
            List.of("市场监管局", "市场监督管理局"),
            List.of("应急局", "应急管理局"),
            List.of("政府办", "人民政府办公室", "政府办公室"),
            List.of("党委办", "党委办公室"));

    /** 团区委, 团县委: the League's committee of an area, also written 区团委. */
    private static final Pattern LEAGUE_COMMITTEE = Pattern.compile("团([省市区县旗镇乡])委");

    /** Characters that stand for a withheld place name: XX镇, ××镇, **社区, 某某村, __镇 (a blank to fill in). */
    private static final String MASKS = "Xx×*某_";

    private IssuerNames() {
    }

    /**
     * Whether two names name the same body. A name that is only a masked or bare unit (XX镇, 镇) says
     * no more than a gold name left empty because the text never gives one, so the two agree.
     */
    public static boolean sameBody(String gold, String found) {
        String g = normalise(gold);
        String f = normalise(found);
        return Objects.equals(gold, found) || g.equals(f) || g.isEmpty() && isBareUnit(f) || f.isEmpty() && isBareUnit(g)
                || placeLeftOut(g, f) || placeLeftOut(f, g);
    }

    /**
     * Whether {@code shorter} is {@code longer}'s body with the place's name left out before its unit
     * (市司法局 of 长治市司法局, 区统计局 of 长治市上党区统计局, 省卫生厅 of 安徽省卫生厅): a report calls its own
     * body so, as a masked name (XX市司法局) does, and the title's bare form is the gold's own convention
     * (县交通运输局). The unit must be the same word in both (区团委 is not 社区团委's), and a body must follow
     * it: a bare area (市) against a named one (长治市) is not taken for it.
     */
    private static boolean placeLeftOut(String longer, String shorter) {
        String unit = longestUnit(shorter, true);
        if (unit == null || shorter.length() == unit.length() || longer.length() <= shorter.length()
                || !longer.endsWith(shorter)) {
            return false;
        }
        String place = longer.substring(0, longer.length() - shorter.length() + unit.length());
        return place.length() > unit.length() && unit.equals(longestUnit(place, false));
    }

    /** The longest unit word {@code s} starts (or ends) with: 社区, not 区. */
    private static String longestUnit(String s, boolean atStart) {
        String longest = null;
        for (String unit : AREA_UNITS) {
            if ((atStart ? s.startsWith(unit) : s.endsWith(unit)) && (longest == null || unit.length() > longest.length())) {
                longest = unit;
            }
        }
        return longest;
    }

    private static boolean isBareUnit(String normalised) {
        return normalised.isEmpty() || AREA_UNITS.contains(normalised);
    }

    /** The body-telling part of a name (see the class comment). */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String s = inFullForms(withoutBrackets(Folding.fold(name)).replace(" ", ""));
        for (String organ : GOVERNMENT_ORGANS) {
            if (s.endsWith(organ) && endsWithUnit(s.substring(0, s.length() - organ.length())) != null) {
                s = s.substring(0, s.length() - organ.length());
                break;
            }
        }
        String last = endsWithUnit(s);
        if (last != null) {
            String before = s.substring(0, s.length() - last.length());
            int cut = 0;
            for (int i = before.length(); i > 0; i--) {
                if (endsWithUnit(before.substring(0, i)) != null) {
                    cut = i;
                    break;
                }
            }
            s = s.substring(cut);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (MASKS.indexOf(c) < 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A name with each short form written as its row's first form, and 团区委 as 区团委. */
    private static String inFullForms(String s) {
        for (List<String> forms : SHORT_FORMS) {
            for (String other : forms.subList(1, forms.size())) {
                s = s.replace(other, forms.get(0));
            }
        }
        return LEAGUE_COMMITTEE.matcher(s).replaceAll("$1团委");
    }

    private static String endsWithUnit(String s) {
        for (String unit : AREA_UNITS) {
            if (s.endsWith(unit) && s.length() >= unit.length()) {
                return unit;
            }
        }
        return null;
    }

    private static String withoutBrackets(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
