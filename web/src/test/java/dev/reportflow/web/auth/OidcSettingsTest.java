package dev.reportflow.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OIDC settings file is checked like the users file, and groups make at most one role. */
class OidcSettingsTest {

    private static final String PROVIDER = """
            "issuer": "https://sso.example.gov.cn/realms/gov", "clientId": "reportflow",
            "redirectUri": "https://reportflow.example.gov.cn/login/oidc/callback",
            """;

    @TempDir
    Path dir;

    @Test
    void groupsOfOneRoleAddUpAndAnythingElseSignsNobodyIn() throws IOException {
        OidcSettings settings = read("""
                {%s "groups": {"fin": {"role": "supervisor", "departments": ["finance"]},
                               "aud": {"role": "supervisor", "departments": ["audit"]},
                               "office-a": {"role": "office", "office": "区审计局"},
                               "office-b": {"role": "office", "office": "区财政局"},
                               "auditors": {"role": "auditor"}}}""".formatted(PROVIDER));

        assertThat(settings.claim()).isEqualTo("groups");
        assertThat(settings.clientSecret()).isEqualTo("s3cret");
        assertThat(settings.user("wang", List.of("fin", "aud", "unmapped")))
                .hasValue(new User("wang", Role.SUPERVISOR, null, Set.of("audit", "finance")));
        assertThat(settings.user("li", List.of("office-a"))).hasValue(new User("li", Role.OFFICE, "区审计局", Set.of()));
        assertThat(settings.user("x", List.of("unmapped"))).isEmpty();
        assertThat(settings.user("x", List.of())).isEmpty();
        assertThat(settings.user("x", List.of("fin", "auditors"))).as("two roles").isEmpty();
        assertThat(settings.user("x", List.of("office-a", "office-b"))).as("two offices").isEmpty();
    }

    @Test
    void aMappingThatMakesNoValidLoginOrAnUnknownFieldStopsServe() {
        assertThatThrownBy(() -> read("{%s \"groups\": {\"o\": {\"role\": \"office\"}}}".formatted(PROVIDER)))
                .hasMessageContaining("office");
        assertThatThrownBy(() -> read("{%s \"groups\": {\"s\": {\"role\": \"supervisor\"}}}".formatted(PROVIDER)))
                .hasMessageContaining("departments");
        assertThatThrownBy(() -> read("{%s \"groups\": {\"t\": {\"role\": \"root\"}}}".formatted(PROVIDER)))
                .hasMessageContaining("Unknown role");
        assertThatThrownBy(() -> read("{%s \"clientSecret\": \"x\", \"groups\": {\"t\": {\"role\": \"triage\"}}}".formatted(PROVIDER)))
                .as("the secret never goes in the file").hasMessageContaining("clientSecret");
        assertThatThrownBy(() -> read("{%s \"groups\": {}}".formatted(PROVIDER))).hasMessageContaining("groups");
    }

    private OidcSettings read(String json) throws IOException {
        Path file = Files.writeString(dir.resolve("oidc.json"), json, StandardCharsets.UTF_8);
        return OidcSettings.read(file, Map.of(OidcSettings.SECRET_VARIABLE, "s3cret"));
    }
}
