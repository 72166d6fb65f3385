package dev.reportflow.consumers.acl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportflow.schemas.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.acl.AclBinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AclPlanTest {

    private final List<AclBinding> plan = AclPlan.of(new AccessMapping(List.of("office1"),
            Map.of("finance", List.of("alice")), List.of("carol"), List.of("dan"), List.of("web"), null), Topics.defaults());

    @Test
    void anOfficeMayOnlyWriteAndDescribeTheIntakeTopic() {
        assertThat(granted("User:office1")).containsExactlyInAnyOrder(
                "TOPIC reports.submitted LITERAL WRITE", "TOPIC reports.submitted LITERAL DESCRIBE");
    }

    @Test
    void aSupervisorGetsTheirDepartmentsTopicAndGroupPrefixOnly() {
        assertThat(granted("User:alice")).containsExactlyInAnyOrder(
                "TOPIC routed.finance LITERAL READ", "TOPIC routed.finance LITERAL DESCRIBE",
                "GROUP reportflow-supervisor-finance- PREFIXED READ", "GROUP reportflow-supervisor-finance- PREFIXED DESCRIBE");
    }

    @Test
    void auditorsReadEveryTopicButWriteOnlyCheckpoints() {
        assertThat(granted("User:carol")).contains("TOPIC routed. PREFIXED READ", "TOPIC audit.checkpoints LITERAL WRITE")
                .filteredOn(g -> g.endsWith("WRITE")).containsExactly("TOPIC audit.checkpoints LITERAL WRITE");
    }

    @Test
    void aTriageClerkReadsWhatWaitsAndTheReportsAndWritesOnlyCorrections() {
        assertThat(granted("User:dan")).containsExactlyInAnyOrder(
                "TOPIC routed.unassigned LITERAL READ", "TOPIC routed.unassigned LITERAL DESCRIBE",
                "TOPIC reports.classified LITERAL READ", "TOPIC reports.classified LITERAL DESCRIBE",
                "TOPIC routing.corrections LITERAL WRITE", "TOPIC routing.corrections LITERAL DESCRIBE");
    }

    @Test
    void theWebServerReadsWhatItsPagesShowAndWritesOnlyUploadsAndCorrections() {
        assertThat(granted("User:web")).contains("TOPIC routed. PREFIXED READ", "TOPIC reports.submitted LITERAL READ",
                        "TOPIC reports.rejected LITERAL READ", "TOPIC routing.corrections LITERAL READ")
                .doesNotContain("TOPIC routing.rules LITERAL READ", "TOPIC audit.checkpoints LITERAL READ")
                .filteredOn(g -> g.endsWith("WRITE"))
                .containsExactlyInAnyOrder("TOPIC reports.submitted LITERAL WRITE", "TOPIC routing.corrections LITERAL WRITE");
        assertThat(granted("User:web")).noneMatch(g -> g.startsWith("GROUP") || g.startsWith("TRANSACTIONAL_ID"));
    }

    @Test
    void aMisspelledRoleIsAnErrorNotASilentOmission(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("access.json");
        Files.writeString(file, "{\"supervisor\": {\"finance\": [\"alice\"]}}");

        assertThatThrownBy(() -> AccessMapping.read(file)).hasMessageContaining("supervisor");
    }

    private List<String> granted(String principal) {
        return plan.stream().filter(b -> b.entry().principal().equals(principal))
                .map(b -> b.pattern().resourceType() + " " + b.pattern().name() + " " + b.pattern().patternType() + " "
                        + b.entry().operation())
                .toList();
    }
}
