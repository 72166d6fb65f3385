package dev.reportflow.decision;

import dev.reportflow.classifier.Classification;
import dev.reportflow.classifier.Classifier;
import dev.reportflow.decision.records.RecordFactory;
import dev.reportflow.decision.records.Rejections;
import dev.reportflow.documents.DocumentReader;
import dev.reportflow.documents.DocumentText;
import dev.reportflow.schemas.FirstSubmission;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.OfficeName;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RejectionReason;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.Submission;
import dev.reportflow.schemas.SubmissionIds;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What becomes of a submission, decided in one place: the streams app runs its steps between its
 * stores (check, then the dedupe store's answer, then classify with the rules store's classifier),
 * and replay, rules suggest and the bench run {@link #decide} with what they have read. Nothing here
 * touches Kafka, so every caller gets the same outcome for the same inputs.
 */
public final class Decider {

    private final DecisionSettings settings;
    /** The record factory for the classifier last used (shared by the threads that decide; both immutable). */
    private volatile FactoryFor lastFactory;

    public Decider(DecisionSettings settings) {
        this.settings = settings;
    }

    public DecisionSettings settings() {
        return settings;
    }

    /**
     * The whole decision for a submission as the pipeline records it ({@link #stamped}).
     *
     * @param firstSeen the first routed submission of a content hash, if that text was already routed
     *                  within the dedupe TTL
     */
    public Outcome decide(Submission submission, KafkaCoordinates source, Classifier classifier, Instant now,
                          Function<String, Optional<FirstSubmission>> firstSeen) {
        Outcome checked = check(submission, source, now);
        if (!(checked instanceof Outcome.Accepted accepted)) {
            return checked;
        }
        Optional<FirstSubmission> first = firstSeen.apply(accepted.contentHash());
        return first.<Outcome>map(f -> duplicate(accepted, f, now)).orElseGet(() -> classify(accepted, classifier, now));
    }

    /**
     * The submission as the pipeline records it: its id from its intake coordinates and its receive
     * time from the broker's log-append time; the producer's values are kept as claims.
     */
    public static Submission stamped(Submission claimed, KafkaCoordinates source, long logAppendTime) {
        return Submission.newBuilder(claimed)
                .setSubmissionId(SubmissionIds.of(source.getPartition(), source.getOffset()))
                .setClaimedSubmissionId(claimed.getSubmissionId())
                .setReceivedAt(Instant.ofEpochMilli(logAppendTime))
                .setClaimedReceivedAt(claimed.getReceivedAt())
                .build();
    }

    /**
     * The checks a submission must pass before it is classified: the office's name, the size, then that
     * its bytes read as text within the document limits. The client does the same checks, but other
     * producers may not, so the pipeline never trusts them. Accepted (with the content hash of the
     * decoded text set on the submission), or Rejected.
     */
    public Outcome check(Submission submission, KafkaCoordinates source, Instant now) {
        var officeProblem = OfficeName.problem(submission.getOffice(), settings.maxOfficeChars());
        if (officeProblem.isPresent()) {
            return reject(submission, source, RejectionReason.INVALID_OFFICE, officeProblem.get().message(), now);
        }
        int size = submission.getContent().remaining();
        if (size > settings.maxBytes()) {
            return reject(submission, source, RejectionReason.OVERSIZED,
                    "The file has " + size + " bytes; the limit is " + settings.maxBytes() + ". Split it and submit the parts.", now);
        }
        DocumentText document = DocumentReader.read(submission.getFileName(), bytes(submission),
                submission.getDeclaredEncoding(), submission.getContentType(), settings.documentLimits());
        if (!document.isOk()) {
            return reject(submission, source, RejectionReason.valueOf(document.failure().rejectionReason()),
                    document.message(), now);
        }
        // The producer's hash is a claim like its id: the pipeline keys and deduplicates by the text's own.
        submission.setContentHash(document.contentHash());
        return new Outcome.Accepted(submission, document.text(), document.contentHash(), source);
    }

    /** A text already routed is rejected as DUPLICATE, pointing at the first. */
    public Outcome.Rejected duplicate(Outcome.Accepted accepted, FirstSubmission first, Instant now) {
        return new Outcome.Rejected(Rejections.duplicate(accepted.submission(), accepted.source(), first, now));
    }

    /**
     * Classifies an accepted submission: a text in which no report is found is rejected as
     * NOT_A_REPORT, one that yields more reports or routed copies than the settings allow as
     * TOO_MANY_REPORTS / TOO_MANY_DELIVERIES; otherwise its reports and deliveries. A defect of the
     * classifier throws: it must never read as the office's fault.
     */
    public Outcome classify(Outcome.Accepted accepted, Classifier classifier, Instant now) {
        Classification classification = classifier.classifyOrThrow(accepted.text());
        if (classification.reports().isEmpty()) {
            return rejectClassified(accepted, RejectionReason.NOT_A_REPORT, "未识别为工作报告："
                    + classification.notAReport().detail() + "。如确为工作报告，请联系分拣人员。", classification, now);
        }
        if (classification.reports().size() > settings.maxReports()) {
            return rejectClassified(accepted, RejectionReason.TOO_MANY_REPORTS, "The file holds "
                    + classification.reports().size() + " reports; at most " + settings.maxReports()
                    + " are routed from one submission. Split the compilation and submit the parts.", classification, now);
        }
        RecordFactory factory = factoryFor(classifier);
        List<RoutedSection> deliveries = factory.deliveries(classification, accepted.submission(), accepted.source(), now);
        if (deliveries.size() > settings.maxDeliveries()) {
            return rejectClassified(accepted, RejectionReason.TOO_MANY_DELIVERIES, "The file's sections"
                    + " would make " + deliveries.size() + " routed copies; at most " + settings.maxDeliveries()
                    + " are made from one submission. Split it and submit the parts.", classification, now);
        }
        return new Outcome.Classified(factory.reports(classification, accepted.submission(), accepted.source(), now),
                deliveries);
    }

    /**
     * The department codes a factory checks against change only with the rules, that is with the
     * classifier: one factory per classifier, not per submission, whose set of codes was built and
     * copied for every report (docs/benchmarks.md, "Session 9").
     */
    private RecordFactory factoryFor(Classifier classifier) {
        FactoryFor last = lastFactory;
        if (last == null || last.classifier() != classifier) {
            last = new FactoryFor(classifier, new RecordFactory(classifier.rules().departmentCodes(), settings.thresholds()));
            lastFactory = last;
        }
        return last.factory();
    }

    private record FactoryFor(Classifier classifier, RecordFactory factory) {
    }

    private static Outcome.Rejected rejectClassified(Outcome.Accepted accepted, RejectionReason reason, String message,
                                                     Classification classification, Instant now) {
        Rejection rejection = Rejections.of(accepted.submission(), accepted.source(), reason, message, now);
        rejection.setRulesVersion(classification.rulesVersion());
        return new Outcome.Rejected(rejection);
    }

    private static Outcome reject(Submission submission, KafkaCoordinates source, RejectionReason reason,
                                  String message, Instant now) {
        return new Outcome.Rejected(Rejections.of(submission, source, reason, message, now));
    }

    /** The content's bytes: the decoded record's own array when the buffer is all of it (the reader only reads them), else a copy. */
    private static byte[] bytes(Submission submission) {
        var buffer = submission.getContent().duplicate();
        if (buffer.hasArray() && buffer.arrayOffset() == 0 && buffer.position() == 0 && buffer.remaining() == buffer.array().length) {
            return buffer.array();
        }
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}
