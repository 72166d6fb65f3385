package dev.reportflow.consumers.replay;

import dev.reportflow.classifier.Classifier;
import dev.reportflow.consumers.common.ProgressBar;
import dev.reportflow.consumers.common.TopicScanner;
import dev.reportflow.consumers.replay.ReplayReport.DepartmentCount;
import dev.reportflow.consumers.replay.ReplayReport.SubmissionComparison;
import dev.reportflow.decision.Decider;
import dev.reportflow.decision.Outcome;
import dev.reportflow.decision.rules.RuleSnapshot;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.FirstSubmission;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.RoutingRule;
import dev.reportflow.schemas.Submission;
import dev.reportflow.schemas.SubmissionIds;
import dev.reportflow.schemas.Topics;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Re-decides the submissions of a time window with today's classifier and rules, through the same
 * decision core as the streams app ({@link Decider}), and compares with what was decided then. Reads only: every topic through a group-less {@link TopicScanner}, nothing written.
 */
public final class Replay {

    private static final AvroSerde<Submission> SUBMISSIONS = AvroSerde.of(Submission.class);

    private final TopicScanner scanner;
    private final Topics topics;
    private final Decider decider;
    private final PrintWriter progress;

    public Replay(TopicScanner scanner, Topics topics, Decider decider, PrintWriter progress) {
        this.scanner = scanner;
        this.topics = topics;
        this.decider = decider;
        this.progress = progress;
    }

    /**
     * What to replay. Null department or office means all.
     *
     * @param rulesFromTopic layer the rules on routing.rules over the bundled ones, as the streams app does
     * @param extraRules     rules to layer over those as well (what {@code rules suggest} tries), by id
     */
    public record Request(Instant from, Instant to, String department, String office, boolean rulesFromTopic,
                         Map<String, RoutingRule> extraRules) {

        public Request(Instant from, Instant to, String department, String office, boolean rulesFromTopic) {
            this(from, to, department, office, rulesFromTopic, Map.of());
        }
    }

    public ReplayReport run(Request request) {
        Map<String, RoutingRule> rules = new TreeMap<>();
        if (request.rulesFromTopic()) {
            rules.putAll(RulesTopicReader.read(scanner, topics.routingRules()));
        }
        rules.putAll(request.extraRules());
        Classifier classifier = new RuleSnapshot().classifierFor(rules.values());
        int runtimeRules = rules.size();
        RecordedDecisions recorded = RecordedDecisions.read(scanner, topics, request.from());

        Set<TopicPartition> partitions = scanner.partitions(topics.submitted());
        // offsetsForTimes finds where the window starts. Its end is not looked up the same way: a
        // transaction marker carries the broker's wall-clock time, so on a topic with older record
        // times the lookup would end the window at the first marker. Reading to the end and
        // filtering by each record's own time is always right.
        Map<TopicPartition, Long> start = scanner.offsetsAt(partitions, request.from().toEpochMilli());
        Map<TopicPartition, Long> end = scanner.endOffsets(partitions);
        long total = partitions.stream().mapToLong(tp -> Math.max(0, end.get(tp) - start.get(tp))).sum();
        ProgressBar bar = new ProgressBar(progress, "replay", total);

        Tally tally = new Tally();
        Classifier today = classifier;
        RoutedTexts routed = new RoutedTexts(decider.settings().dedupeTtl());
        scanner.scan(start, end, record -> {
            tally.read++;
            tally.bytesRead += record.value() == null ? 0 : record.value().length;
            compare(record, request, recorded, today, routed, tally);
            bar.step(tally.changed + " changed");
        });
        bar.finish(tally.compared + " compared, " + tally.changed + " changed");

        ReplayReport.Window window = new ReplayReport.Window(request.from().toString(), request.to().toString(),
                request.department(), request.office());
        ReplayReport.Versions versions = new ReplayReport.Versions(Classifier.VERSION, classifier.rules().version(),
                request.rulesFromTopic(), runtimeRules);
        ReplayReport.Summary summary = new ReplayReport.Summary(tally.read, tally.compared, tally.changed, tally.undecodable,
                tally.bytesRead);
        return new ReplayReport(window, versions, summary, tally.departments(), tally.comparisons);
    }

    private void compare(ConsumerRecord<byte[], byte[]> record, Request request, RecordedDecisions recorded,
                         Classifier classifier, RoutedTexts routed, Tally tally) {
        // The scan runs past the window's end (see run); a record's own time decides.
        if (record.timestamp() < request.from().toEpochMilli() || record.timestamp() >= request.to().toEpochMilli()) {
            return;
        }
        Submission submission;
        try {
            submission = SUBMISSIONS.fromBytes(record.value());
        } catch (SerializationException e) {
            tally.undecodable++;
            return;
        }
        if (submission == null || request.office() != null && !submission.getOffice().contains(request.office())) {
            return;
        }
        // the pipeline names a submission after its intake record; older records by their producer's id
        String id = SubmissionIds.of(record.partition(), record.offset());
        String recordedId = recorded.has(id) ? id : submission.getSubmissionId();
        Decision before = recorded.of(recordedId);
        Decision after = Decisions.of(redecide(record, submission, classifier, routed, recorded.duplicateOf(recordedId)));
        if (request.department() != null && !departments(before).contains(request.department())
                && !departments(after).contains(request.department())) {
            return;
        }
        List<Change> changes = DecisionDiff.between(before, after);
        tally.add(new SubmissionComparison(recordedId, submission.getOffice(),
                submission.getFileName(),
                submission.getReceivedAt().toString(),
                where(record.topic(), record.partition(), record.offset()),
                !changes.isEmpty(), before, after, changes));
    }

    /**
     * The decision core's decision today, as the streams app would make it for this intake record.
     * Duplicates are found among the texts this replay routed so far; a first copy this replay did not
     * decide (before the window, or filtered out) is known from the recorded rejection that names it.
     */
    private Outcome redecide(ConsumerRecord<byte[], byte[]> record, Submission claimed, Classifier classifier,
                             RoutedTexts routed, Optional<FirstSubmission> recordedFirst) {
        KafkaCoordinates source = new KafkaCoordinates(record.topic(), record.partition(), record.offset());
        Submission submission = Decider.stamped(claimed, source, record.timestamp());
        Outcome outcome = decider.decide(submission, source, classifier, Instant.ofEpochMilli(record.timestamp()),
                hash -> routed.firstOf(hash, record.timestamp())
                        .or(() -> recordedFirst.filter(first -> !routed.decided(first.getSubmissionId()))));
        String routedHash = outcome instanceof Outcome.Classified ? submission.getContentHash() : null;
        routed.decided(submission.getSubmissionId(), routedHash,
                new FirstSubmission(submission.getSubmissionId(), source, submission.getReceivedAt()), record.timestamp());
        return outcome;
    }

    /** How a comparison names the intake record it re-decided. */
    public static String where(String topic, int partition, long offset) {
        return topic + "[" + partition + "]@" + offset;
    }

    /** Every department a decision involves: issuers' and routed units'. */
    static Set<String> departments(Decision decision) {
        Set<String> departments = new TreeSet<>();
        for (Decision.ReportDecision report : decision.reports()) {
            departments.add(report.issuerDepartment());
            report.units().forEach(unit -> departments.addAll(unit.departments().keySet()));
        }
        return departments;
    }

    /** Running totals of a replay. */
    private static final class Tally {
        long read;
        long compared;
        long changed;
        long undecodable;
        long bytesRead;
        final List<SubmissionComparison> comparisons = new ArrayList<>();
        final Map<String, long[]> routed = new TreeMap<>();

        void add(SubmissionComparison comparison) {
            compared++;
            if (comparison.changed()) {
                changed++;
            }
            comparisons.add(comparison);
            count(comparison.recorded(), 0);
            count(comparison.replayed(), 1);
        }

        private void count(Decision decision, int side) {
            for (Decision.ReportDecision report : decision.reports()) {
                for (Decision.UnitDecision unit : report.units()) {
                    unit.departments().keySet().forEach(d -> routed.computeIfAbsent(d, k -> new long[2])[side]++);
                }
            }
        }

        Map<String, DepartmentCount> departments() {
            Map<String, DepartmentCount> counts = new TreeMap<>();
            routed.forEach((department, c) -> counts.put(department, new DepartmentCount(c[0], c[1])));
            return counts;
        }
    }
}
