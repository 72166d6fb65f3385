package dev.reportflow.classifier.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a gold file: one JSON object per line. */
public final class GoldFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldFile() {
    }

    public static List<GoldReport> read(Path path) throws IOException {
        List<GoldReport> reports = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            try {
                reports.add(JSON.readValue(line, GoldReport.class));
            } catch (IOException e) {
                throw new IOException(path + ":" + n + ": not a gold report: " + e.getMessage(), e);
            }
        }
        return reports;
    }
}
