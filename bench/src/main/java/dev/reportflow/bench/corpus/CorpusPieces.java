package dev.reportflow.bench.corpus;

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
import dev.reportflow.classifier.text.DecodedText;
import dev.reportflow.classifier.text.TextDecoder;

/**
 * The material generated reports are recombined from: body paragraphs and sub-section headings.
 * Taken from the project's sample reports when there are any, else from a small built-in set
 * written in their style. Years in the text become {@code {Y}}/{@code {Y1}} so each generated
 * report can carry its own.
 */
public record CorpusPieces(List<String> paragraphs, List<String> subheadings, String origin) {

    private static final String BUILT_IN = "builtin-pieces.txt";
    private static final Pattern TOP_HEADING = Pattern.compile("^[一二三四五六七八九十]+、.*");
    private static final Pattern SUBHEADING = Pattern.compile("^[（(][一二三四五六七八九十]+[）)]([^。；：]{4,30})[。；：]?(.*)$");
    private static final Pattern TABLE_OF_CONTENTS_ENTRY = Pattern.compile(".*\\t\\d+$");
    private static final int MIN_PARAGRAPH_CHARS = 60;

    public CorpusPieces {
        paragraphs = List.copyOf(paragraphs);
        subheadings = List.copyOf(subheadings);
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
        List<String> allParagraphs = new ArrayList<>(paragraphs);
        allParagraphs.addAll(more.paragraphs);
        List<String> allSubheadings = new ArrayList<>(subheadings);
        allSubheadings.addAll(more.subheadings);
        return new CorpusPieces(allParagraphs, allSubheadings, origin + " + " + more.origin);
    }

    /** Pieces cut from every {@code *.txt} in {@code dir} (any encoding the pipeline reads), e.g. the sample compilations. */
    public static CorpusPieces fromSamples(Path dir) {
        Set<String> paragraphs = new LinkedHashSet<>();
        Set<String> subheadings = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                DecodedText decoded = TextDecoder.decode(Files.readAllBytes(file), null);
                if (decoded.isOk()) {
                    decoded.text().lines().forEach(line -> collect(line.strip(), paragraphs, subheadings));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read samples in " + dir, e);
        }
        return new CorpusPieces(new ArrayList<>(paragraphs), new ArrayList<>(subheadings), dir.toString());
    }

    private static void collect(String line, Set<String> paragraphs, Set<String> subheadings) {
        if (TOP_HEADING.matcher(line).matches() || TABLE_OF_CONTENTS_ENTRY.matcher(line).matches()) {
            return;
        }
        Matcher sub = SUBHEADING.matcher(line);
        if (sub.matches()) {
            subheadings.add(sub.group(1).strip());
            line = sub.group(2).strip();
        }
        if (line.length() >= MIN_PARAGRAPH_CHARS) {
            paragraphs.add(withYearPlaceholders(line));
        }
    }

    private static String withYearPlaceholders(String text) {
        return text.replace("2023年", "{Y}年").replace("2024年", "{Y1}年");
    }

    private static CorpusPieces parseBuiltIn(String text) {
        List<String> paragraphs = new ArrayList<>();
        List<String> subheadings = new ArrayList<>();
        List<String> current = null;
        for (String line : text.split("\n")) {
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            switch (stripped) {
                case "[subheadings]" -> current = subheadings;
                case "[paragraphs]" -> current = paragraphs;
                default -> {
                    if (current == null) {
                        throw new IllegalStateException(BUILT_IN + ": text before the first [section]");
                    }
                    current.add(stripped);
                }
            }
        }
        return new CorpusPieces(paragraphs, subheadings, "built-in pieces");
    }
}
