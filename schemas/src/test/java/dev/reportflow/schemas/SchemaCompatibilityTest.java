package dev.reportflow.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaNormalization;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Evolution rules: every schema on a topic must read everything its earlier committed versions
 * wrote (BACKWARD, transitively), and the current schema must itself be committed as the newest
 * version. After a deliberate change run
 * {@code mvn -pl schemas test -Dreportflow.schemas.snapshot=true} once to record the new version.
 */
class SchemaCompatibilityTest {

    static Stream<Schema> topicSchemas() {
        return Stream.of(Submission.getClassSchema(), ClassifiedReport.getClassSchema(), RoutingCorrection.getClassSchema(),
                RoutedSection.getClassSchema(), Rejection.getClassSchema(), RoutingRule.getClassSchema(),
                ChainCheckpoint.getClassSchema());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topicSchemas")
    void currentSchemaIsTheNewestCommittedVersion(Schema current) throws IOException {
        List<Schema> history = SchemaHistory.versionsOf(current.getName());
        if (Boolean.getBoolean("reportflow.schemas.snapshot") && !isNewest(current, history)) {
            Path file = Path.of("src/main/resources", SchemaHistory.resourcePath(current.getName(), history.size() + 1));
            Files.createDirectories(file.getParent());
            Files.writeString(file, current.toString(true) + "\n", StandardCharsets.UTF_8);
            history = SchemaHistory.versionsOf(current.getName());
            history.add(current);
        }
        assertThat(isNewest(current, history))
                .as("%s changed: record it with -Dreportflow.schemas.snapshot=true", current.getName())
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topicSchemas")
    void currentSchemaReadsEveryEarlierVersion(Schema current) {
        for (Schema earlier : SchemaHistory.versionsOf(current.getName())) {
            var result = SchemaCompatibility.checkReaderWriterCompatibility(current, earlier);
            assertThat(result.getType())
                    .as("%s cannot read data written with an earlier version: %s", current.getName(),
                            result.getResult().getIncompatibilities())
                    .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
        }
    }

    private static boolean isNewest(Schema current, List<Schema> history) {
        return !history.isEmpty() && SchemaNormalization.parsingFingerprint64(history.get(history.size() - 1))
                == SchemaNormalization.parsingFingerprint64(current);
    }
}
