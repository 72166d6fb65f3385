package dev.reportflow.classifier.issuer;

import dev.reportflow.classifier.gazetteer.Division;
import dev.reportflow.classifier.gazetteer.Gazetteer;
import dev.reportflow.classifier.text.Folding;
import dev.reportflow.classifier.text.TextLines;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The name of a grass-roots area a report writes only by its short name (精美龙伏, 推介龙伏 and 全镇,
 * never 龙伏镇), found through the county or district it also names (在浏阳率先): of that county's
 * townships, towns or subdistricts at the report's level, the one whose short name the text writes
 * most often, at least twice. The county is what tells the place from the many like-named ones and
 * from ordinary words; without one named, nothing is found.
 */
final class TownOfNamedCounty {

    /** How far into a report its place is looked for, as in {@link MostNamedPlace}. */
    private static final int READ_LINES = 80;
    /** And at most this many characters, which bounds the work. */
    private static final int READ_CHARS = 1500;
    private static final int MIN_MENTIONS = 2;
    private static final int SHORTEST_NAME = 2;
    private static final int LONGEST_COUNTY_NAME = 4;
    private static final Set<String> COUNTY_LEVELS = Set.of("county", "district", "city");

    private TownOfNamedCounty() {
    }

    /** "龙伏镇" for level town, from a text that names 浏阳 and writes 龙伏 at least twice; or "". */
    static String of(String level, TextLines lines, int start, int end) {
        String unit = AdminLevel.unitWord(level);
        if (unit.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (int i = start; i <= Math.min(end, start + READ_LINES) && text.length() < READ_CHARS; i++) {
            text.append(lines.folded(i)).append('\n');
        }
        text.setLength(Math.min(text.length(), READ_CHARS));
        String read = text.toString();
        String best = "";
        int bestMentions = MIN_MENTIONS - 1;
        for (Division county : countiesNamed(read)) {
            for (Division place : Children.BY_PARENT.getOrDefault(county.code(), List.of())) {
                String name = place.name();
                if (!place.level().equals(level) || !name.endsWith(unit) || name.length() - unit.length() < SHORTEST_NAME) {
                    continue;
                }
                int mentions = count(read, name.substring(0, name.length() - unit.length()));
                if (mentions > bestMentions) {
                    best = name;
                    bestMentions = mentions;
                }
            }
        }
        return best;
    }

    /** The counties, districts and cities named in the text, by full name or by a short name only one has. */
    private static Set<Division> countiesNamed(CharSequence text) {
        Set<Division> counties = new LinkedHashSet<>();
        for (int at = 0; at + SHORTEST_NAME <= text.length(); at++) {
            // Most windows start no county's name: two chars tested against the names' first pairs, before any string is made.
            if (!CountyNames.startsName(text.charAt(at), text.charAt(at + 1))) {
                continue;
            }
            for (int length = SHORTEST_NAME; length <= LONGEST_COUNTY_NAME && at + length <= text.length(); length++) {
                if (!Folding.isHan(text.charAt(at + length - 1))) {
                    break;
                }
                Division named = CountyNames.BY_NAME.get(text.subSequence(at, at + length).toString());
                if (named != null) {
                    counties.add(named);
                }
            }
        }
        return counties;
    }

    /**
     * Every name of two to four chars that the gazetteer gives to one county, district or city alone:
     * its full name or its short name (浏阳市, 浏阳). Both begin its full name, so they are found among
     * the prefixes of the counties' names; grouped once, when first asked for.
     */
    private static final class CountyNames {
        static final Map<String, Division> BY_NAME = new HashMap<>();
        /**
         * The names' first two chars, as sorted ints: every char of the text is tested against them, and
         * a boxed set cost an Integer and a hash probe per char (5 % of classifying short texts). A binary
         * search alone costs as much (its probes miss the cache), so two 8 KB sets of the chars that
         * stand first and second in a name, which stay in the cache, turn most windows away before it.
         */
        private static final int[] PAIRS;
        private static final BitSet FIRST_CHARS = new BitSet(Character.MAX_VALUE + 1);
        private static final BitSet SECOND_CHARS = new BitSet(Character.MAX_VALUE + 1);

        static {
            Gazetteer gazetteer = Gazetteer.bundled();
            gazetteer.divisions().filter(d -> COUNTY_LEVELS.contains(d.level())).forEach(county -> {
                for (int length = SHORTEST_NAME; length <= Math.min(LONGEST_COUNTY_NAME, county.name().length()); length++) {
                    String name = county.name().substring(0, length);
                    List<Division> named = gazetteer.lookup(name);
                    if (named.size() == 1 && COUNTY_LEVELS.contains(named.get(0).level())) {
                        BY_NAME.put(name, named.get(0));
                    }
                }
            });
            PAIRS = BY_NAME.keySet().stream().mapToInt(name -> pair(name.charAt(0), name.charAt(1))).sorted().distinct().toArray();
            BY_NAME.keySet().forEach(name -> {
                FIRST_CHARS.set(name.charAt(0));
                SECOND_CHARS.set(name.charAt(1));
            });
        }

        /** Whether some name starts with {@code first} and {@code second}. */
        static boolean startsName(char first, char second) {
            return FIRST_CHARS.get(first) && SECOND_CHARS.get(second) && Arrays.binarySearch(PAIRS, pair(first, second)) >= 0;
        }

        private static int pair(char first, char second) {
            return first << 16 | second;
        }
    }

    /** The divisions under each county, district or city, by its code: grouped once, when first asked for. */
    private static final class Children {
        static final Map<String, List<Division>> BY_PARENT = Gazetteer.bundled().divisions()
                .filter(d -> !d.parentCode().isEmpty()).collect(Collectors.groupingBy(Division::parentCode));
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            n++;
        }
        return n;
    }
}
