package dev.reportflow.consumers.replay;

import dev.reportflow.classifier.Classifier;
import dev.reportflow.consumers.Samples;
import dev.reportflow.decision.Decider;
import dev.reportflow.decision.DecisionSettings;
import dev.reportflow.decision.Outcome;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.Submission;
import java.util.List;

/**
 * The ClassifiedReport records the streams app writes for a text, made by the same decision core,
 * so a test can record exactly a classifier's decision (and then alter one field of it).
 */
final class AsRecorded {

    private AsRecorded() {
    }

    static List<ClassifiedReport.Builder> reports(String submissionId, KafkaCoordinates source, String text,
                                                  Classifier classifier) {
        Submission submission = Samples.submission(submissionId, "office", text);
        Decider decider = new Decider(DecisionSettings.DEFAULT);
        Outcome checked = decider.check(submission, source, Samples.RECEIVED);
        Outcome outcome = decider.classify((Outcome.Accepted) checked, classifier, Samples.RECEIVED);
        return ((Outcome.Classified) outcome).reports().stream().map(ClassifiedReport::newBuilder).toList();
    }
}
