package dev.reportflow.classifier.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * China's administrative divisions down to township level, from the bundled {@code divisions.tsv}
 * (its header and {@code SOURCE.md} beside it say where it comes from): divisions by name, the way
 * up, and the division names written in a text. Development zones (开发区, 高新区, the 新区 without a
 * GB/T 2260 code), farms and villages are not in it. Loaded once, at first use; immutable and
 * thread-safe.
 *
 * <p>{@link #lookup} also takes a province's, city's, district's or county's name without its unit
 * word (长治 for 长治市, 新疆 for 新疆维吾尔自治区) when that short name is left with two characters or more
 * and belongs to one division only: 吉林 (省 and 市) and 朝阳 (市, 县 and two 区) find nothing.
 * {@link #findIn} matches full names only, because in running text short names are ordinary words
 * as often as places (和平, 东风, 新华, 永安).
 *
 * <p>Names are searched in the divisions sorted by name, narrowing the range of those that begin
 * with the chars read so far by binary search: no structure beyond one int per division. (The
 * classifier's {@code Lexicon} compiles its automaton into a table built for hundreds of terms; for
 * 40,000 names over thousands of distinct characters that takes minutes.)
 */
public final class Gazetteer {

    private static final String RESOURCE = "/dev/reportflow/classifier/gazetteer/divisions.tsv";
    /** The level names, indexed by the byte each division keeps. */
    private static final String[] LEVELS = {"province", "city", "district", "county", "subdistrict", "town", "township"};
    /** Per level that has short names, the unit words they drop, longer before shorter. */
    private static final Map<String, List<String>> UNIT_WORDS = Map.of(
            "province", List.of("自治区", "省", "市"),
            "city", List.of("自治州", "地区", "市", "盟"),
            "district", List.of("新区", "区"),
            "county", List.of("自治县", "自治旗", "林区", "特区", "县", "旗", "市"));
    /** The nationalities an autonomous unit names before 自治 (广西壮族自治区), and 各 (龙胜各族自治县). */
    private static final List<String> NATIONALITIES = List.of("蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依",
            "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜",
            "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬",
            "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京",
            "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "各");
    private static final int SHORTEST_SHORT_NAME = 2;

    // Some 42,000 divisions are kept in columns, in code order, and a Division is made only when one
    // is asked for: a few bytes per division beyond its name, where objects would cost some eighty.
    /** Per division its code padded to nine digits (140400 → 140400000), ascending: parents come first. */
    private final int[] keys;
    private final String[] names;
    /** Per division its level, as an index into {@link #LEVELS}. */
    private final byte[] levels;
    /** Per division the index of its parent, or -1 for a province. */
    private final int[] parents;
    /** The divisions' indices sorted by name, divisions of one name in code order. */
    private final int[] byName;
    /** The chars names begin with, ascending, and where each one's names start in {@link #byName} (one more: the end). */
    private final char[] firstChars;
    private final int[] firstCharFrom;
    /** Only the short names of one division each. */
    private final Map<String, Integer> byShortName;

    private Gazetteer(List<String[]> rows) {
        int n = rows.size();
        keys = new int[n];
        names = new String[n];
        levels = new byte[n];
        parents = new int[n];
        for (int i = 0; i < n; i++) {
            String[] row = rows.get(i);
            if (row.length != 4) {
                throw new IllegalStateException(RESOURCE + ": not four columns: " + String.join("\t", row));
            }
            keys[i] = key(row[0]);
            if (i > 0 && keys[i] <= keys[i - 1]) {
                throw new IllegalStateException(RESOURCE + ": codes out of order at " + row[0]);
            }
            names[i] = row[1];
            levels[i] = levelIndex(row[2]);
            parents[i] = row[3].isEmpty() ? -1 : parentBefore(i, row[3]);
        }
        byName = IntStream.range(0, n).boxed().sorted(Comparator.comparing(i -> names[i])).mapToInt(Integer::intValue).toArray();
        StringBuilder initials = new StringBuilder();
        List<Integer> initialFrom = new ArrayList<>();
        for (int position = 0; position < n; position++) {
            char initial = names[byName[position]].charAt(0);
            if (initials.isEmpty() || initials.charAt(initials.length() - 1) != initial) {
                initials.append(initial);
                initialFrom.add(position);
            }
        }
        initialFrom.add(n);
        firstChars = initials.toString().toCharArray();
        firstCharFrom = initialFrom.stream().mapToInt(Integer::intValue).toArray();
        byShortName = shortNames();
    }

    /** The index of the parent, which the file's order puts before its children. */
    private int parentBefore(int child, String parentCode) {
        int parent = Arrays.binarySearch(keys, 0, child, key(parentCode));
        if (parent < 0) {
            throw new IllegalStateException(RESOURCE + ": the parent " + parentCode + " of " + names[child] + " does not come before it");
        }
        return parent;
    }

    /** The gazetteer of the bundled data file, loaded at the first call. */
    public static Gazetteer bundled() {
        return Bundled.INSTANCE;
    }

    /** Every division, in code order (a province, then what lies inside it, …). */
    public Stream<Division> divisions() {
        return IntStream.range(0, keys.length).mapToObj(this::division);
    }

    /** The divisions of that name, or of that short name if it is one division's (see the class comment). */
    public List<Division> lookup(String name) {
        NamePrefix prefix = new NamePrefix();
        int read = 0;
        while (read < name.length() && prefix.read(name.charAt(read))) {
            read++;
        }
        if (read == name.length() && prefix.namedExactly() > 0) {
            return divisions(prefix.namedExactlyIndices());
        }
        Integer shortNameOwner = byShortName.get(name);
        return shortNameOwner == null ? List.of() : List.of(division(shortNameOwner));
    }

    /** The division directly above, none for a province. */
    public Optional<Division> parent(Division division) {
        int index = indexOf(division.code());
        return index < 0 || parents[index] < 0 ? Optional.empty() : Optional.of(division(parents[index]));
    }

    /** Whether {@code division} is {@code area} or lies inside it (朝阳区 of 长春 inside 吉林省). */
    public boolean isWithin(Division division, Division area) {
        int index = indexOf(division.code());
        return index >= 0 && isWithin(index, indexOf(area.code()));
    }

    /**
     * The division names in {@code text}, in order, the longest where names overlap (长治市 before
     * 长治); a name that several divisions share keeps the candidates inside the division named
     * latest before it that holds any of them: in 长春市朝阳区 the 朝阳区 is 长春's, not 北京's.
     */
    public List<Division.Match> findIn(CharSequence text) {
        List<int[]> earlier = new ArrayList<>();
        List<Division.Match> matches = new ArrayList<>();
        NamePrefix prefix = new NamePrefix();
        int start = 0;
        while (start < text.length()) {
            prefix.reset();
            int end = -1;
            int[] named = null;
            for (int at = start; at < text.length() && prefix.read(text.charAt(at)); at++) {
                if (prefix.namedExactly() > 0) {
                    end = at + 1;
                    named = prefix.namedExactlyIndices();
                }
            }
            if (named == null) {
                start++;
                continue;
            }
            int[] candidates = insideLatestArea(named, earlier);
            earlier.add(candidates);
            matches.add(new Division.Match(names[named[0]], start, end, divisions(candidates)));
            start = end;
        }
        return matches;
    }

    private int[] insideLatestArea(int[] candidates, List<int[]> earlier) {
        if (candidates.length == 1) {
            return candidates;
        }
        for (int k = earlier.size() - 1; k >= 0; k--) {
            int[] areas = earlier.get(k);
            int[] inside = Arrays.stream(candidates)
                    .filter(candidate -> Arrays.stream(areas).anyMatch(area -> isWithin(candidate, area)))
                    .toArray();
            if (inside.length > 0) {
                return inside;
            }
        }
        return candidates;
    }

    private boolean isWithin(int index, int area) {
        for (int at = index; at >= 0; at = parents[at]) {
            if (at == area) {
                return true;
            }
        }
        return false;
    }

    /**
     * The divisions whose names begin with the chars read so far: positions [from, to) of {@link #byName}.
     * Within the range the names that are exactly those chars come first, then the others by their
     * next char, so reading one more char narrows it to a sub-range found by two binary searches.
     */
    private final class NamePrefix {
        private int from;
        private int to;
        private int length;

        NamePrefix() {
            reset();
        }

        void reset() {
            from = 0;
            to = byName.length;
            length = 0;
        }

        /**
         * Reads one more char; false when no name goes on so. Every char of a scanned text takes the
         * first step, so that one looks the char up among the 2,500 or so {@link #firstChars}, a few
         * kilobytes, instead of among all the names; in report text the second char then ends the
         * search at 19 positions in 20.
         */
        boolean read(char c) {
            if (length == 0) {
                int initial = Arrays.binarySearch(firstChars, c);
                from = initial < 0 ? 0 : firstCharFrom[initial];
                to = initial < 0 ? 0 : firstCharFrom[initial + 1];
            } else {
                int first = firstWithNextCharAtLeast(c);
                to = firstWithNextCharAtLeast(c + 1);
                from = first;
            }
            length++;
            return from < to;
        }

        /** How many divisions are named exactly the chars read. */
        int namedExactly() {
            int count = 0;
            while (from + count < to && names[byName[from + count]].length() == length) {
                count++;
            }
            return count;
        }

        int[] namedExactlyIndices() {
            return Arrays.copyOfRange(byName, from, from + namedExactly());
        }

        private int firstWithNextCharAtLeast(int c) {
            int low = from;
            int high = to;
            while (low < high) {
                int middle = (low + high) >>> 1;
                String name = names[byName[middle]];
                if (name.length() > length && name.charAt(length) >= c) {
                    high = middle;
                } else {
                    low = middle + 1;
                }
            }
            return low;
        }
    }

    private Map<String, Integer> shortNames() {
        Map<String, Integer> owners = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (int i = 0; i < names.length; i++) {
            String shortName = shortName(names[i], LEVELS[levels[i]]);
            if (shortName != null && owners.putIfAbsent(shortName, i) != null) {
                shared.add(shortName);
            }
        }
        owners.keySet().removeAll(shared);
        return owners;
    }

    /** 长治市 → 长治, 延边朝鲜族自治州 → 延边; null where fewer than two characters would be left (沛县, 城区). */
    private static String shortName(String name, String level) {
        for (String unit : UNIT_WORDS.getOrDefault(level, List.of())) {
            if (name.endsWith(unit) && name.length() - unit.length() >= SHORTEST_SHORT_NAME) {
                String stem = name.substring(0, name.length() - unit.length());
                return unit.startsWith("自治") ? withoutNationalities(stem) : stem;
            }
        }
        return null;
    }

    /**
     * 双江拉祜族佤族布朗族傣族 → 双江, 新疆维吾尔 → 新疆; a nationality written without 族 (蒙古, 哈萨克) is
     * dropped only when it has two characters or more, so that 西藏 keeps its 藏 and 内蒙古 its 蒙古.
     */
    private static String withoutNationalities(String stem) {
        String rest = stem;
        boolean dropped = true;
        while (dropped) {
            dropped = false;
            for (String nationality : NATIONALITIES) {
                String written = rest.endsWith(nationality + "族") ? nationality + "族"
                        : nationality.length() >= 2 && rest.endsWith(nationality) ? nationality : null;
                if (written != null && rest.length() - written.length() >= SHORTEST_SHORT_NAME) {
                    rest = rest.substring(0, rest.length() - written.length());
                    dropped = true;
                    break;
                }
            }
        }
        return rest;
    }

    private List<Division> divisions(int[] indices) {
        return Arrays.stream(indices).mapToObj(this::division).toList();
    }

    private Division division(int index) {
        return new Division(code(index), names[index], LEVELS[levels[index]], parents[index] < 0 ? "" : code(parents[index]));
    }

    private String code(int index) {
        int key = keys[index];
        return String.valueOf(key % 1000 == 0 ? key / 1000 : key); // no township's own three digits are 000
    }

    /** The index of the division with this code, or a negative number. */
    private int indexOf(String code) {
        return code.length() == 6 || code.length() == 9 ? Arrays.binarySearch(keys, key(code)) : -1;
    }

    private static int key(String code) {
        int value = Integer.parseInt(code);
        return code.length() == 6 ? value * 1000 : value;
    }

    private static byte levelIndex(String level) {
        for (byte i = 0; i < LEVELS.length; i++) {
            if (LEVELS[i].equals(level)) {
                return i;
            }
        }
        throw new IllegalStateException(RESOURCE + ": unknown level " + level);
    }

    private static Gazetteer load() {
        InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("The gazetteer's data file " + RESOURCE + " is missing from the classifier jar");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return new Gazetteer(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("The gazetteer's data file " + RESOURCE + " cannot be read", e);
        }
    }

    /** Holds the bundled gazetteer, so that it is loaded when first asked for and only once. */
    private static final class Bundled {
        static final Gazetteer INSTANCE = load();
    }
}
