package dev.reportflow.web.view;

import dev.reportflow.consumers.common.SectionPaths;
import dev.reportflow.consumers.supervise.Delivery;
import dev.reportflow.consumers.supervise.SectionFilter;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.SectionRole;
import dev.reportflow.web.auth.DepartmentScope;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the supervisors' page shows, in memory: the latest sections of each department (a bounded
 * number, texts cut to an excerpt, withdrawn ones as notices) and counts over everything read since
 * the process started.
 */
public final class SectionStore {

    /** Enough of a section's text to recognise it; the full text is on the topic. */
    static final int EXCERPT_CHARS = 280;
    /** Newest submissions first; a report's sections in reading order. */
    private static final Comparator<Delivery> NEWEST_FIRST = Comparator
            .comparing((Delivery d) -> d.section().getReceivedAt()).reversed()
            .thenComparing(d -> d.section().getReportId())
            .thenComparing(d -> d.section().getSectionPath(), SectionPaths::compare)
            .thenComparing(d -> d.section().getRoutedTo());

    private final int perDepartment;
    private final Map<String, Deque<Delivery>> latest = new TreeMap<>();
    private final Map<String, Map<SectionRole, Long>> routedCounts = new TreeMap<>();
    /** The role of every delivery that stands, by delivery id: what a retraction or a changed copy takes off the counts. */
    private final Map<String, SectionRole> standing = new HashMap<>();
    private final Map<String, Long> rejectedCounts = new TreeMap<>();

    public SectionStore(int perDepartment) {
        this.perDepartment = perDepartment;
    }

    /**
     * A delivery id's newest record replaces the one kept: a retraction turns the section into a
     * notice that it was withdrawn (without its text), and a copy sent again after a retraction
     * turns it back. The counts are of deliveries that stand.
     */
    public synchronized void add(Delivery delivery) {
        RoutedSection section = delivery.section();
        String text = section.getRetracted() ? "" : excerpt(section.getText());
        Delivery kept = new Delivery(RoutedSection.newBuilder(section).setText(text).build(),
                delivery.topic(), delivery.partition(), delivery.offset());
        Deque<Delivery> sections = latest.computeIfAbsent(section.getRoutedTo(), d -> new ArrayDeque<>());
        sections.removeIf(d -> d.section().getDeliveryId().equals(section.getDeliveryId()));
        sections.addFirst(kept);
        if (sections.size() > perDepartment) {
            sections.removeLast();
        }
        // A correction may withdraw a copy, send it again or change its role: each delivery counts once, as it now stands.
        SectionRole before = section.getRetracted() ? standing.remove(section.getDeliveryId())
                : standing.put(section.getDeliveryId(), section.getRole());
        Map<SectionRole, Long> counts = routedCounts.computeIfAbsent(section.getRoutedTo(), d -> new EnumMap<>(SectionRole.class));
        if (before != null) {
            counts.merge(before, -1L, Long::sum);
        }
        if (!section.getRetracted()) {
            counts.merge(section.getRole(), 1L, Long::sum);
        }
    }

    public synchronized void add(Rejection rejection) {
        rejectedCounts.merge(rejection.getReason().name(), 1L, Long::sum);
    }

    /** Newest first, of the departments in {@code scope}. */
    public synchronized List<Delivery> latest(DepartmentScope scope, SectionFilter filter, int limit) {
        Stream<Delivery> candidates = latest.entrySet().stream().filter(entry -> scope.includes(entry.getKey()))
                .flatMap(entry -> entry.getValue().stream());
        return candidates.filter(d -> filter.accepts(d.section())).sorted(NEWEST_FIRST).limit(limit).toList();
    }

    /** Sections routed per department and role, rejections per reason. */
    public record Counts(Map<String, Map<SectionRole, Long>> routed, Map<String, Long> rejected) {
    }

    public synchronized Counts counts() {
        Map<String, Map<SectionRole, Long>> routed = new TreeMap<>();
        routedCounts.forEach((department, roles) -> routed.put(department, Map.copyOf(roles)));
        return new Counts(routed, Map.copyOf(rejectedCounts));
    }

    static String excerpt(String text) {
        String flat = text.strip();
        return flat.length() <= EXCERPT_CHARS ? flat : flat.substring(0, EXCERPT_CHARS) + "…";
    }
}
