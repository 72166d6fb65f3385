package dev.reportflow.classifier.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The classifier's rules: the bundled, versioned data files plus the changes added at runtime.
 * Immutable; {@link #withChanges} returns a new set whose version names the bundled version and a
 * digest of the changes, so every result says exactly which rules produced it.
 */
public final class Rules {

    static final String RESOURCE_DIR = "/dev/reportflow/classifier/rules/";
    private static final String BUNDLED_VERSION = "2026.11.1";

    private final List<String> bundledDepartments;
    private final List<RuleChange> changes;
    private final String version;

    private Rules(List<String> bundledDepartments, List<RuleChange> changes) {
        this.bundledDepartments = List.copyOf(bundledDepartments);
        this.changes = changes.stream().sorted(Comparator.comparing(RuleChange::ruleId)).toList();
        this.version = this.changes.isEmpty() ? BUNDLED_VERSION : BUNDLED_VERSION + "+" + digest(this.changes);
    }

    /** The bundled rules alone. */
    public static Rules bundled() {
        return new Rules(readDepartmentCodes(), List.of());
    }

    /** These rules with {@code runtimeChanges} layered on top (replacing any earlier runtime changes). */
    public Rules withChanges(List<RuleChange> runtimeChanges) {
        return new Rules(bundledDepartments, runtimeChanges);
    }

    public String version() {
        return version;
    }

    public List<RuleChange> changes() {
        return changes;
    }

    /** Every department code: the bundled ones and those declared at runtime. */
    public Set<String> departmentCodes() {
        Set<String> codes = new LinkedHashSet<>(bundledDepartments);
        changes.stream().filter(c -> c.kind() == RuleKind.DEPARTMENT).forEach(c -> codes.add(c.department()));
        return codes;
    }

    private static List<String> readDepartmentCodes() {
        try (InputStream in = Rules.class.getResourceAsStream(RESOURCE_DIR + "departments.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<String> codes = new ArrayList<>();
            root.forEach(department -> codes.add(department.get("code").asText()));
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled departments.json cannot be read", e);
        }
    }

    private static String digest(List<RuleChange> changes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (RuleChange c : changes) {
                sha.update((c.ruleId() + '\u0001' + c.kind() + '\u0001' + c.department() + '\u0001' + c.term()
                        + '\u0001' + c.weight() + '\n').getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
