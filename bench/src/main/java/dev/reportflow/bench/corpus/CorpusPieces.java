package dev.reportflow.bench.corpus;

import dev.reportflow.classifier.text.DecodedText;
import dev.reportflow.classifier.text.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The material generated reports are recombined from: sub-section blocks, a heading and the
 * paragraphs under it. A generated routed unit is filled from one block, so that, as in a real
 * report, a unit stays on its few topics: recombining paragraphs freely made every unit concern
 * three or four departments and overstated the pipeline's fan-out threefold. Taken from the
 * project's sample reports when there are any, else from a small built-in set written in their
 * style. Years in the text become {@code {Y}}/{@code {Y1}} so each generated report can carry its own.
 */
public record CorpusPieces(List<Block> blocks, String origin) {

    /** A sub-section: its heading (null for paragraphs under a top-level heading) and paragraphs. */
    public record Block(String heading, List<String> paragraphs) {
        public Block {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    private static final String BUILT_IN = "builtin-pieces.txt";
    private static final Pattern TOP_HEADING = Pattern.compile("^[一二三四五六七八九十]+、.*");
    private static final Pattern SUBHEADING = Pattern.compile("^[（(][一二三四五六七八九十]+[）)]([^。；：]{4,30})[。；：]?(.*)$");
    private static final Pattern TABLE_OF_CONTENTS_ENTRY = Pattern.compile(".*\\t\\d+$");
    private static final int MIN_PARAGRAPH_CHARS = 60;

    public CorpusPieces {
        blocks = List.copyOf(blocks);
    }

    public static CorpusPieces builtIn() {
        try (InputStream in = CorpusPieces.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException(BUILT_IN + " is missing from the class path");
            }
            return parseBuiltIn(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CorpusPieces plus(CorpusPieces more) {
        List<Block> all = new ArrayList<>(blocks);
        all.addAll(more.blocks);
        return new CorpusPieces(all, origin + " + " + more.origin);
    }

    /** Every sub-section heading, for units that need one and whose run has none. */
    public List<String> headings() {
        return blocks().stream().map(Block::heading).filter(h -> h != null).distinct().toList();
    }

    /** Pieces cut from every {@code *.txt} in {@code dir} (any encoding the pipeline reads), e.g. the sample compilations. */
    public static CorpusPieces fromSamples(Path dir) {
        BlockCutter cutter = new BlockCutter();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                DecodedText decoded = TextDecoder.decode(Files.readAllBytes(file), null);
                if (decoded.isOk()) {
                    decoded.text().lines().forEach(line -> cutter.read(line.strip()));
                    cutter.endBlock();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read samples in " + dir, e);
        }
        return new CorpusPieces(cutter.blocks, dir.toString());
    }

    private static CorpusPieces parseBuiltIn(String text) {
        List<Block> blocks = new ArrayList<>();
        String heading = null;
        List<String> paragraphs = null;
        for (String line : text.split("\n")) {
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            if (stripped.startsWith("==")) {
                if (paragraphs != null) {
                    blocks.add(new Block(heading, paragraphs));
                }
                String named = stripped.substring(2).strip();
                heading = named.isEmpty() ? null : named;
                paragraphs = new ArrayList<>();
            } else if (paragraphs == null) {
                throw new IllegalStateException(BUILT_IN + ": a paragraph before the first block: " + stripped);
            } else {
                paragraphs.add(stripped);
            }
        }
        if (paragraphs != null) {
            blocks.add(new Block(heading, paragraphs));
        }
        return new CorpusPieces(blocks, "built-in pieces");
    }

    /** Cuts sample text into blocks: a block ends at the next heading of either level. */
    private static final class BlockCutter {
        final List<Block> blocks = new ArrayList<>();
        private final Set<String> seen = new LinkedHashSet<>();
        private String heading;
        private List<String> paragraphs = new ArrayList<>();

        void read(String line) {
            if (TOP_HEADING.matcher(line).matches()) {
                endBlock();
                return;
            }
            if (TABLE_OF_CONTENTS_ENTRY.matcher(line).matches()) {
                return;
            }
            Matcher sub = SUBHEADING.matcher(line);
            if (sub.matches()) {
                endBlock();
                heading = sub.group(1).strip();
                line = sub.group(2).strip();
            }
            if (line.length() >= MIN_PARAGRAPH_CHARS && seen.add(line)) {
                paragraphs.add(withYearPlaceholders(line));
            }
        }

        void endBlock() {
            if (!paragraphs.isEmpty()) {
                blocks.add(new Block(heading, paragraphs));
            }
            heading = null;
            paragraphs = new ArrayList<>();
        }

        private static String withYearPlaceholders(String text) {
            return text.replace("2023年", "{Y}年").replace("2024年", "{Y1}年");
        }
    }
}
