package dev.reportflow.consumers.common;

import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.schemas.Topics;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The department codes a routed topic can be named after: the bundled ones, 'unassigned', and any
 * declared at runtime (those exist only as topics, so the caller passes the routed topics it sees).
 */
public final class Departments {

    private final Set<String> codes;

    private Departments(Set<String> codes) {
        this.codes = Set.copyOf(codes);
    }

    public static Departments known(Topics topics, Collection<String> existingTopics) {
        Set<String> codes = new TreeSet<>(Rules.bundled().departmentCodes());
        codes.add(Topics.UNASSIGNED);
        existingTopics.stream().map(topics::departmentOf).filter(code -> code != null).forEach(codes::add);
        return new Departments(codes);
    }

    public boolean contains(String code) {
        return codes.contains(code);
    }

    public Set<String> codes() {
        return new TreeSet<>(codes);
    }

    /** Codes a mistyped one was probably meant to be: sharing a prefix or contained in each other. */
    public Set<String> closeTo(String code) {
        String wanted = code.toLowerCase(java.util.Locale.ROOT);
        Set<String> close = new TreeSet<>();
        for (String known : codes) {
            boolean samePrefix = wanted.length() >= 3 && known.startsWith(wanted.substring(0, 3));
            if (samePrefix || known.contains(wanted) || wanted.contains(known)) {
                close.add(known);
            }
        }
        return close;
    }
}
