package dev.reportflow.web.auth;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Single sign-on with an organisation's OpenID Connect provider ({@code serve --oidc oidc.json}):
 * the provider, serve's client registration there, and which of the provider's groups (a claim of
 * the ID token, {@code groups} unless told otherwise) make which reportflow login. The client secret
 * is never in the file: it comes from {@value #SECRET_VARIABLE} (without it serve is a public client
 * and relies on PKCE alone).
 * <pre>{@code
 * {"issuer": "https://sso.example.gov.cn/realms/gov", "clientId": "reportflow",
 *  "redirectUri": "https://reportflow.example.gov.cn/login/oidc/callback", "claim": "groups",
 *  "groups": {"rf-audit-office": {"role": "office", "office": "区审计局"},
 *             "rf-finance":      {"role": "supervisor", "departments": ["finance"]},
 *             "rf-triage":       {"role": "triage"}}}
 * }</pre>
 * A person gets the rights of the groups they are in; groups of one role add up (a supervisor of
 * finance and of audit supervises both), groups of different roles, or of two offices, refuse the
 * sign-in, since no login may hold two roles. A person in no mapped group cannot sign in.
 */
public record OidcSettings(URI issuer, String clientId, String clientSecret, URI redirectUri, String claim,
                           Map<String, Mapping> groups) {

    public static final String SECRET_VARIABLE = "REPORTFLOW_OIDC_CLIENT_SECRET";

    /** The login one group makes. */
    public record Mapping(Role role, String office, Set<String> departments) {
    }

    private record FileEntry(String role, String office, List<String> departments) {
    }

    private record File(String issuer, String clientId, String redirectUri, String claim, Map<String, FileEntry> groups) {
    }

    public OidcSettings {
        groups = Map.copyOf(groups);
    }

    /** Reads and checks the file; the client secret from the environment. */
    public static OidcSettings read(Path path, Map<String, String> environment) {
        File file;
        try {
            file = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(path.toFile(), File.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the OIDC settings " + path + ": " + e.getMessage(), e);
        }
        require(file.issuer(), "issuer");
        require(file.clientId(), "clientId");
        require(file.redirectUri(), "redirectUri");
        if (file.groups() == null || file.groups().isEmpty()) {
            throw new IllegalArgumentException(path + ": 'groups' maps none of the provider's groups to a reportflow role");
        }
        Map<String, Mapping> groups = new LinkedHashMap<>();
        file.groups().forEach((group, entry) -> {
            if (entry.role() == null) {
                throw new IllegalArgumentException(path + ": group '" + group + "' has no role");
            }
            // The same checks as a users file's entry: an office needs its office, a supervisor its departments.
            User checked = UsersFile.user("group", Role.of(entry.role()), entry.office(), entry.departments());
            groups.put(group, new Mapping(checked.role(), checked.office(), checked.departments()));
        });
        String secret = environment.get(SECRET_VARIABLE);
        return new OidcSettings(URI.create(file.issuer()), file.clientId(), secret == null || secret.isBlank() ? null : secret,
                URI.create(file.redirectUri()), file.claim() == null ? "groups" : file.claim(), groups);
    }

    /**
     * The login a person's groups make, or empty when they make none or contradict each other
     * (two roles, two offices): least privilege, never the union of different roles.
     */
    public Optional<User> user(String name, Collection<String> memberOf) {
        List<Mapping> mappings = memberOf.stream().map(groups::get).filter(m -> m != null).distinct().toList();
        if (mappings.isEmpty() || mappings.stream().map(Mapping::role).distinct().count() > 1
                || mappings.stream().map(Mapping::office).distinct().count() > 1) {
            return Optional.empty();
        }
        Mapping first = mappings.get(0);
        Set<String> departments = new TreeSet<>();
        mappings.forEach(m -> departments.addAll(m.departments()));
        return Optional.of(new User(name, first.role(), first.office(), departments));
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The OIDC settings need '" + field + "'");
        }
    }
}
