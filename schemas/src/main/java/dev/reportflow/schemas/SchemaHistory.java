package dev.reportflow.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/**
 * The committed versions of each schema, oldest first, from {@code avro/history/<Name>/v<n>.avsc}
 * on the classpath. A schema change adds a new version there (SchemaCompatibilityTest insists), so
 * readers can always decode what older writers wrote.
 */
public final class SchemaHistory {

    private static final String ROOT = "avro/history/";
    private static final int MAX_VERSIONS = 999;

    private SchemaHistory() {
    }

    public static List<Schema> versionsOf(String recordName) {
        List<Schema> versions = new ArrayList<>();
        for (int v = 1; v <= MAX_VERSIONS; v++) {
            String path = resourcePath(recordName, v);
            try (InputStream in = SchemaHistory.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    break;
                }
                versions.add(new Schema.Parser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read schema history " + path, e);
            }
        }
        return versions;
    }

    public static String resourcePath(String recordName, int version) {
        return ROOT + recordName + "/v" + version + ".avsc";
    }
}
