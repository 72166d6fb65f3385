package dev.reportflow.consumers.acl;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Who may do what, by role, as written in the file given to {@code acl apply}:
 * <pre>
 * {
 *   "offices":     ["office-xx-county", "office-yy-town"],
 *   "supervisors": {"finance": ["alice"], "health": ["bob"]},
 *   "auditors":    ["carol"],
 *   "triageClerks": ["dan"],
 *   "webServers":  ["reportflow-web"],
 *   "streamsApp":  {"principal": "reportflow-streams", "applicationId": "reportflow-streams"}
 * }
 * </pre>
 * Names without a type are Kafka users ({@code User:alice}); an unknown key is an error, so a typo
 * cannot silently drop a role.
 */
public record AccessMapping(List<String> offices, Map<String, List<String>> supervisors, List<String> auditors,
                            List<String> triageClerks, List<String> webServers, StreamsApp streamsApp) {

    public AccessMapping {
        offices = offices == null ? List.of() : List.copyOf(offices);
        supervisors = supervisors == null ? Map.of() : Map.copyOf(supervisors);
        auditors = auditors == null ? List.of() : List.copyOf(auditors);
        triageClerks = triageClerks == null ? List.of() : List.copyOf(triageClerks);
        webServers = webServers == null ? List.of() : List.copyOf(webServers);
    }

    /** The streams app's principal and its application.id (the prefix of its group, internal topics and transactional ids). */
    public record StreamsApp(String principal, String applicationId) {
    }

    public static AccessMapping read(Path file) {
        try {
            return new ObjectMapper().readValue(file.toFile(), AccessMapping.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the access mapping " + file + ": " + e.getMessage(), e);
        }
    }

    static String principal(String name) {
        return name.contains(":") ? name : "User:" + name;
    }
}
