package dev.reportflow.classifier.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Traditional characters and their simplified forms, one character for one, from OpenCC's table
 * (data/dictionary/TSCharacters.txt in the opencc4j jar, Apache-2.0): reports copied from sites
 * in traditional script (長沙市望城區水利局…工作總結) then match the same words as simplified ones.
 * Where OpenCC lists several simplified forms the first is taken; it lists the character itself
 * first where the traditional form is also a simplified word's (乾, 著), so those stay as they are.
 */
final class TraditionalChars {

    private static final String TABLE = "data/dictionary/TSCharacters.txt";
    private static final char[] SIMPLIFIED = load();
    /**
     * One bit per char: whether it has a simplified form other than itself. A simplified text, the
     * common case, is then folded by reading this 8 KB set, which stays in the fastest cache, rather
     * than the 128 KB table.
     */
    private static final long[] TRADITIONAL = traditionalBits(SIMPLIFIED);

    private TraditionalChars() {
    }

    /** The simplified form of {@code c}, or {@code c} itself. */
    static char simplified(char c) {
        return (TRADITIONAL[c >>> 6] & 1L << c) == 0 ? c : SIMPLIFIED[c];
    }

    private static long[] traditionalBits(char[] simplified) {
        long[] bits = new long[(Character.MAX_VALUE + 1) / Long.SIZE];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (simplified[c] != c) {
                bits[c >>> 6] |= 1L << c;
            }
        }
        return bits;
    }

    private static char[] load() {
        char[] map = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            map[c] = (char) c;
        }
        try (InputStream in = TraditionalChars.class.getClassLoader().getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException(TABLE + " is missing from the classpath (opencc4j)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] parts = line.strip().split("[\t ]+");
                if (parts.length >= 2 && parts[0].length() == 1 && parts[1].length() == 1) {
                    map[parts[0].charAt(0)] = parts[1].charAt(0);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
