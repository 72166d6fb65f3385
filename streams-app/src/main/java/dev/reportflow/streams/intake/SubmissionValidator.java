package dev.reportflow.streams.intake;

import dev.reportflow.documents.DocumentLimits;
import dev.reportflow.documents.DocumentReader;
import dev.reportflow.documents.DocumentText;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.OfficeName;
import dev.reportflow.schemas.RejectionReason;
import dev.reportflow.schemas.Submission;
import dev.reportflow.streams.errors.Rejections;
import java.time.Instant;

/**
 * The checks a submission must pass before it is classified: the office's name, the size, then that
 * its bytes read as text within the document limits. The client does the same checks, but other
 * producers may not, so the pipeline never trusts them.
 */
public final class SubmissionValidator {

    private final long maxBytes;
    private final DocumentLimits documentLimits;
    private final int maxOfficeChars;

    public SubmissionValidator(long maxBytes, DocumentLimits documentLimits, int maxOfficeChars) {
        this.maxBytes = maxBytes;
        this.documentLimits = documentLimits;
        this.maxOfficeChars = maxOfficeChars;
    }

    public Outcome validate(Submission submission, KafkaCoordinates source, Instant now) {
        var officeProblem = OfficeName.problem(submission.getOffice(), maxOfficeChars);
        if (officeProblem.isPresent()) {
            return reject(submission, source, RejectionReason.INVALID_OFFICE, officeProblem.get().message(), now);
        }
        int size = submission.getContent().remaining();
        if (size > maxBytes) {
            return reject(submission, source, RejectionReason.OVERSIZED,
                    "The file has " + size + " bytes; the limit is " + maxBytes + ". Split it and submit the parts.", now);
        }
        DocumentText document = DocumentReader.read(submission.getFileName(), bytes(submission),
                submission.getDeclaredEncoding(), submission.getContentType(), documentLimits);
        if (!document.isOk()) {
            return reject(submission, source, RejectionReason.valueOf(document.failure().rejectionReason()),
                    document.message(), now);
        }
        return new Outcome.Accepted(submission, document.text(), document.contentHash(), source);
    }

    private static Outcome reject(Submission submission, KafkaCoordinates source, RejectionReason reason,
                                  String message, Instant now) {
        return new Outcome.Rejected(Rejections.of(submission, source, reason, message, now));
    }

    private static byte[] bytes(Submission submission) {
        var buffer = submission.getContent().duplicate();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}
