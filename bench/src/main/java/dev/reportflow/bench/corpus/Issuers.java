package dev.reportflow.bench.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Issuing bodies for generated reports: a place (区/县/市) with a bureau named by one of the
 * department aliases in the classifier's own {@code departments.json}, or a township government
 * (镇/乡/街道). So the issuers the corpus varies over are the ones the classifier is meant to know.
 */
public final class Issuers {

    private static final String DEPARTMENTS = "/dev/reportflow/classifier/rules/departments.json";
    /** Aliases that name a body by themselves (区审计局 …), not generic words (部门, 集团, XX乡). */
    private static final Pattern BUREAU = Pattern.compile("^[\\p{IsHan}]{2,12}(局|委|办|办公室|委员会|中心|所|站|院|队)$");
    private static final List<String> PLACE_STEMS = List.of("青山", "东湖", "金寨", "桃源", "临江", "白沙", "龙泉", "清河",
            "石门", "永安", "凤凰", "长宁", "新华", "柳林", "南湖", "西山", "北塘", "安平", "宁远", "平阳", "云溪", "梅岭",
            "颍东", "萧山", "龙湾", "高新", "丰泽", "江宁", "城关", "太和");
    private static final List<String> CITY_LEVELS = List.of("区", "县", "市");
    private static final List<String> TOWN_BODIES = List.of("镇人民政府", "乡人民政府", "街道办事处", "镇党委", "街道党工委");
    private static final double TOWN_SHARE = 0.2;

    private final List<String> bureaus;

    Issuers(List<String> bureaus) {
        if (bureaus.isEmpty()) {
            throw new IllegalArgumentException("No bureau names among the department aliases");
        }
        this.bureaus = List.copyOf(bureaus);
    }

    public static Issuers fromClassifierDepartments() {
        try (InputStream in = Issuers.class.getResourceAsStream(DEPARTMENTS)) {
            if (in == null) {
                throw new IllegalStateException(DEPARTMENTS + " is missing: is the classifier on the class path?");
            }
            List<String> bureaus = new ArrayList<>();
            for (JsonNode department : new ObjectMapper().readTree(in)) {
                for (JsonNode alias : department.path("issuer_aliases")) {
                    if (BUREAU.matcher(alias.asText()).matches()) {
                        bureaus.add(alias.asText());
                    }
                }
            }
            return new Issuers(bureaus);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DEPARTMENTS, e);
        }
    }

    public int bureauCount() {
        return bureaus.size();
    }

    /** A plausible issuer name, e.g. 青山区审计局 or 白沙镇人民政府. */
    public String pick(Random random) {
        String stem = pickFrom(PLACE_STEMS, random);
        if (random.nextDouble() < TOWN_SHARE) {
            return stem + pickFrom(TOWN_BODIES, random);
        }
        return stem + pickFrom(CITY_LEVELS, random) + pickFrom(bureaus, random);
    }

    static <T> T pickFrom(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
