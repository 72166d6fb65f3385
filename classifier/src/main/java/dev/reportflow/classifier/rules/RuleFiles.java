package dev.reportflow.classifier.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** Reads the bundled rule files: whitespace-separated rows, "# " comments (so "##paid" is data), UTF-8. */
final class RuleFiles {

    static final String RESOURCE_DIR = "/dev/reportflow/classifier/rules/";

    private RuleFiles() {
    }

    /** The rows of a table file, each split on white space, comments and blank lines left out. */
    static List<List<String>> rows(String file) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : text(file).split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.equals("#") || trimmed.startsWith("# ")) {
                continue;
            }
            rows.add(Arrays.asList(trimmed.split("\\s+")));
        }
        return rows;
    }

    /** The lines of a list file, comments and blank lines left out. */
    static List<String> lines(String file) {
        return rows(file).stream().map(row -> String.join(" ", row)).toList();
    }

    static Properties properties(String file) {
        Properties properties = new Properties();
        try (InputStream in = open(file)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled rule file " + file + " cannot be read", e);
        }
    }

    static InputStream open(String file) {
        InputStream in = RuleFiles.class.getResourceAsStream(RESOURCE_DIR + file);
        if (in == null) {
            throw new IllegalStateException("The bundled rule file " + file + " is missing from the classifier jar");
        }
        return in;
    }

    private static String text(String file) {
        try (InputStream in = open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled rule file " + file + " cannot be read", e);
        }
    }
}
