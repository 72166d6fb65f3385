package dev.reportflow.classifier.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.bundled();

    @Test
    void loadsEveryLevelInPlausibleNumbers() {
        Map<String, Long> perLevel = gazetteer.divisions().collect(Collectors.groupingBy(Division::level, Collectors.counting()));

        assertThat(perLevel.get("province")).isEqualTo(31); // the data has no codes for 香港, 澳门, 台湾
        assertThat(perLevel.get("city")).isGreaterThan(300);
        assertThat(perLevel.get("district") + perLevel.get("county")).isGreaterThan(2800);
        assertThat(perLevel.get("town") + perLevel.get("township") + perLevel.get("subdistrict")).isGreaterThan(35_000);
    }

    @Test
    void findsACityAndTheProvinceAboveIt() {
        Division changzhi = only("长治市");

        assertThat(changzhi).isEqualTo(new Division("140400", "长治市", "city", "140000"));
        assertThat(gazetteer.parent(changzhi)).map(Division::name).hasValue("山西省");
    }

    @Test
    void findsADistrictOfACity() {
        Division anju = only("安居区");

        assertThat(anju.level()).isEqualTo("district");
        assertThat(gazetteer.parent(anju)).map(Division::name).hasValue("遂宁市");
    }

    @Test
    void findsACountyTwoLevelsBelowItsProvince() {
        Division jinzhai = only("金寨县");
        Division luan = gazetteer.parent(jinzhai).orElseThrow();

        assertThat(jinzhai.level()).isEqualTo("county");
        assertThat(luan.name()).isEqualTo("六安市");
        assertThat(gazetteer.parent(luan)).map(Division::name).hasValue("安徽省");
        assertThat(gazetteer.isWithin(jinzhai, only("安徽省"))).isTrue();
        assertThat(gazetteer.isWithin(jinzhai, only("山西省"))).isFalse();
    }

    @Test
    void namesTownshipLevelsByTheirUnitWord() {
        assertThat(only("天堂寨镇").level()).isEqualTo("town");
        assertThat(gazetteer.lookup("梅山镇")).hasSize(3).filteredOn(town -> town.parentCode().equals("341524")).hasSize(1);
        assertThat(gazetteer.parent(only("铁冲乡"))).map(Division::name).hasValue("金寨县");
        assertThat(only("铁冲乡").level()).isEqualTo("township");
        assertThat(only("贡宝拉格苏木").level()).isEqualTo("township");
        assertThat(only("东华门街道").level()).isEqualTo("subdistrict");
    }

    @Test
    void hangsAMunicipalitysDistrictsOnTheMunicipality() {
        Division beijing = only("北京市");

        assertThat(beijing.level()).isEqualTo("province");
        assertThat(gazetteer.parent(only("东华门街道"))).map(Division::name).hasValue("东城区");
        assertThat(gazetteer.parent(gazetteer.parent(only("东华门街道")).orElseThrow())).hasValue(beijing);
        assertThat(gazetteer.lookup("市辖区")).isEmpty();
        assertThat(gazetteer.lookup("省直辖县级行政区划")).isEmpty();
    }

    @Test
    void tellsForestryDistrictsFromDistrictsNamedWithLin() {
        assertThat(only("神农架林区").level()).isEqualTo("county");
        assertThat(gazetteer.parent(only("神农架林区"))).map(Division::name).hasValue("湖北省");
        assertThat(only("碑林区").level()).isEqualTo("district");
    }

    @Test
    void leavesOutDevelopmentZonesButKeepsTheDistrictsCalledNewArea() {
        assertThat(gazetteer.lookup("苏州工业园区")).isEmpty();
        assertThat(gazetteer.lookup("兰州新区")).isEmpty();
        assertThat(only("浦东新区").level()).isEqualTo("district");
    }

    @Test
    void takesShortNamesOnlyWhereTheyNameOneDivision() {
        assertThat(gazetteer.lookup("长治")).extracting(Division::name).containsExactly("长治市");
        assertThat(gazetteer.lookup("新疆")).extracting(Division::name).containsExactly("新疆维吾尔自治区");
        assertThat(gazetteer.lookup("延边")).extracting(Division::name).containsExactly("延边朝鲜族自治州");
        assertThat(gazetteer.lookup("吉林")).isEmpty(); // 吉林省 and 吉林市
        assertThat(gazetteer.lookup("朝阳")).isEmpty();
        assertThat(gazetteer.lookup("梅山")).isEmpty(); // townships have no short names
    }

    @Test
    void findsADivisionNamedInASentence() {
        List<Division.Match> matches = gazetteer.findIn("我代表长治市人民政府向大会报告工作");

        assertThat(matches).singleElement().satisfies(match -> {
            assertThat(match.name()).isEqualTo("长治市");
            assertThat(match.start()).isEqualTo(3);
            assertThat(match.end()).isEqualTo(6);
            assertThat(match.division()).map(Division::code).hasValue("140400");
        });
    }

    @Test
    void resolvesASharedNameByTheAreaNamedBeforeIt() {
        assertThat(gazetteer.lookup("朝阳区")).extracting(Division::code).contains("110105", "220104");

        assertThat(gazetteer.findIn("长春市朝阳区人民政府工作报告")).extracting(match -> match.division().orElseThrow().code())
                .containsExactly("220100", "220104");
        assertThat(gazetteer.findIn("北京市朝阳区").get(1).division()).map(Division::code).hasValue("110105");
        assertThat(gazetteer.findIn("吉林省长春市人民政府，北京市东城区，长春市朝阳区").get(5).division())
                .map(Division::code).hasValue("220104");
    }

    @Test
    void leavesASharedNameOpenWhenNothingBeforeItDecides() {
        Division.Match chaoyang = gazetteer.findIn("朝阳区召开全区经济工作会议").get(0);

        assertThat(chaoyang.division()).isEmpty();
        assertThat(chaoyang.candidates()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void findsTheTownshipsOfACityWithoutCounties() {
        // 东莞 has no counties: its subdistricts hang on the city, and 东城街道 (one of some forty) is its own
        Division.Match dongcheng = gazetteer.findIn("东莞市东城街道办事处").get(1);

        assertThat(dongcheng.division()).map(Division::parentCode).hasValue("441900");
    }

    private Division only(String name) {
        List<Division> found = gazetteer.lookup(name);
        assertThat(found).as(name).hasSize(1);
        return found.get(0);
    }
}
