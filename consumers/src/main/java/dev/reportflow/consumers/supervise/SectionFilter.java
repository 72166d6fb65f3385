package dev.reportflow.consumers.supervise;

import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.SectionRole;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which routed sections a supervisor wants to see. Empty sets and null bounds accept everything;
 * times compare with when the office submitted the report, the moment supervisors reason about.
 */
public record SectionFilter(Set<SectionRole> roles, Set<String> levels, String office, Instant since, Instant until) {

    public static final SectionFilter ALL = new SectionFilter(Set.of(), Set.of(), null, null, null);

    public SectionFilter {
        roles = Set.copyOf(roles);
        levels = levels.stream().map(level -> level.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public boolean accepts(RoutedSection section) {
        Instant received = section.getReceivedAt();
        return (roles.isEmpty() || roles.contains(section.getRole()))
                && (levels.isEmpty() || levels.contains(section.getIssuer().getLevel().toLowerCase(Locale.ROOT)))
                && (office == null || section.getOffice().contains(office) || section.getIssuer().getName().contains(office))
                && (since == null || !received.isBefore(since))
                && (until == null || received.isBefore(until));
    }
}
