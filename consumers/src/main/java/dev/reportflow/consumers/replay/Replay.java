package dev.reportflow.consumers.replay;

import dev.reportflow.classifier.Classification;
import dev.reportflow.classifier.Classifier;
import dev.reportflow.documents.DocumentLimits;
import dev.reportflow.documents.DocumentReader;
import dev.reportflow.documents.DocumentText;
import dev.reportflow.consumers.common.ProgressBar;
import dev.reportflow.consumers.common.TopicScanner;
import dev.reportflow.consumers.replay.ReplayReport.DepartmentCount;
import dev.reportflow.consumers.replay.ReplayReport.SubmissionComparison;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.Submission;
import dev.reportflow.schemas.SubmissionIds;
import dev.reportflow.schemas.Topics;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Re-decides the submissions of a time window with today's classifier and compares with what was
 * decided then. Reads only: every topic through a group-less {@link TopicScanner}, nothing written.
 */
public final class Replay {

    private static final AvroSerde<Submission> SUBMISSIONS = AvroSerde.of(Submission.class);

    private final TopicScanner scanner;
    private final Topics topics;
    private final PrintWriter progress;

    public Replay(TopicScanner scanner, Topics topics, PrintWriter progress) {
        this.scanner = scanner;
        this.topics = topics;
        this.progress = progress;
    }

    /** What to replay. Null department or office means all. */
    public record Request(Instant from, Instant to, String department, String office, boolean rulesFromTopic) {
    }

    public ReplayReport run(Request request) {
        Classifier classifier = Classifier.standard();
        int runtimeRules = 0;
        if (request.rulesFromTopic()) {
            var changes = RulesTopicReader.read(scanner, topics.routingRules());
            classifier = classifier.withRules(classifier.rules().withChanges(changes));
            runtimeRules = changes.size();
        }
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
        scanner.scan(start, end, record -> {
            tally.read++;
            compare(record, request, recorded, today, tally);
            bar.step(tally.changed + " changed");
        });
        bar.finish(tally.compared + " compared, " + tally.changed + " changed");

        ReplayReport.Window window = new ReplayReport.Window(request.from().toString(), request.to().toString(),
                request.department(), request.office());
        ReplayReport.Versions versions = new ReplayReport.Versions(Classifier.VERSION, classifier.rules().version(),
                request.rulesFromTopic(), runtimeRules);
        ReplayReport.Summary summary = new ReplayReport.Summary(tally.read, tally.compared, tally.changed, tally.undecodable);
        return new ReplayReport(window, versions, summary, tally.departments(), tally.comparisons);
    }

    private void compare(ConsumerRecord<byte[], byte[]> record, Request request, RecordedDecisions recorded,
                         Classifier classifier, Tally tally) {
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
        Decision before = recorded.has(id) ? recorded.of(id) : recorded.of(submission.getSubmissionId());
        Decision after = reclassify(submission, classifier);
        if (request.department() != null && !departments(before).contains(request.department())
                && !departments(after).contains(request.department())) {
            return;
        }
        List<Change> changes = DecisionDiff.between(before, after);
        tally.add(new SubmissionComparison(recorded.has(id) ? id : submission.getSubmissionId(), submission.getOffice(),
                submission.getFileName(),
                submission.getReceivedAt().toString(),
                record.topic() + "[" + record.partition() + "]@" + record.offset(),
                !changes.isEmpty(), before, after, changes));
    }

    private static Decision reclassify(Submission submission, Classifier classifier) {
        ByteBuffer content = submission.getContent().duplicate();
        byte[] bytes = new byte[content.remaining()];
        content.get(bytes);
        DocumentText document = DocumentReader.read(submission.getFileName(), bytes, submission.getDeclaredEncoding(),
                submission.getContentType(), DocumentLimits.DEFAULT);
        Classification classification = document.isOk() ? classifier.classify(document.text()) : null;
        return Decisions.replayed(document, classification, Classifier.VERSION, classifier.rules().version());
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
