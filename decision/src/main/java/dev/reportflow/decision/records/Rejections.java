package dev.reportflow.decision.records;

import dev.reportflow.classifier.Classifier;
import dev.reportflow.classifier.text.ContentHash;
import dev.reportflow.schemas.FirstSubmission;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RejectionReason;
import dev.reportflow.schemas.Submission;
import dev.reportflow.schemas.SubmissionIds;
import java.nio.ByteBuffer;
import java.time.Instant;

/**
 * Builds Rejection records, the one shape every failure takes on the rejected topic. A rejection
 * must always fit that topic, whatever was submitted, or the dead letter itself fails: so the
 * original bytes are cut to {@link #MAX_ORIGINAL_BYTES} (with the whole original's size and hash
 * kept), and the fields a sender chose (office, file name) and messages are cut to a few hundred
 * characters.
 */
public final class Rejections {

    /** An eighth of the rejected topic's 8 MiB message limit: room for everything else in the record. */
    public static final int MAX_ORIGINAL_BYTES = 1 << 20;
    static final int MAX_NAME_CHARS = 200;
    static final int MAX_MESSAGE_CHARS = 2000;

    private Rejections() {
    }

    /** A submission that was read but refused. */
    public static Rejection of(Submission submission, KafkaCoordinates source, RejectionReason reason, String message,
                               Instant now) {
        return base(reason, message, submission.getContent(), source, now)
                .setSubmissionId(submission.getSubmissionId())
                .setClaimedSubmissionId(SubmissionIds.claimed(submission))
                .setOffice(cut(submission.getOffice(), MAX_NAME_CHARS))
                .setFileName(cut(submission.getFileName(), MAX_NAME_CHARS))
                .build();
    }

    public static Rejection duplicate(Submission submission, KafkaCoordinates source, FirstSubmission first,
                                      Instant now) {
        return base(RejectionReason.DUPLICATE, "The same text was already submitted as " + first.getSubmissionId()
                        + " at " + first.getReceivedAt() + "; it is routed once.", submission.getContent(), source, now)
                .setSubmissionId(submission.getSubmissionId())
                .setClaimedSubmissionId(SubmissionIds.claimed(submission))
                .setOffice(cut(submission.getOffice(), MAX_NAME_CHARS))
                .setFileName(cut(submission.getFileName(), MAX_NAME_CHARS))
                .setDuplicateOf(first)
                .build();
    }

    /** A record the pipeline could not even read or write: keeps the raw bytes for an operator. */
    public static Rejection ofRawRecord(RejectionReason reason, String message, byte[] rawValue,
                                        KafkaCoordinates source, Instant now) {
        return base(reason, message, ByteBuffer.wrap(rawValue == null ? new byte[0] : rawValue), source, now).build();
    }

    /** The last resort when even building a rejection failed: reason, message and where, nothing of the record. */
    public static Rejection minimal(RejectionReason reason, String message, KafkaCoordinates source, Instant now) {
        return base(reason, message, ByteBuffer.allocate(0), source, now).build();
    }

    /** A rejection's key on the rejected topic: its submission id, or where the unreadable record sits. */
    public static String key(Rejection rejection) {
        KafkaCoordinates source = rejection.getSource();
        return rejection.getSubmissionId() != null ? rejection.getSubmissionId()
                : source.getTopic() + "-" + source.getPartition() + "@" + source.getOffset();
    }

    /** {@code text} cut to {@code max} characters, marked with an ellipsis when cut; null stays null. */
    public static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "…";
    }

    private static Rejection.Builder base(RejectionReason reason, String message, ByteBuffer original,
                                          KafkaCoordinates source, Instant now) {
        ByteBuffer whole = original.duplicate();
        int size = whole.remaining();
        boolean truncated = size > MAX_ORIGINAL_BYTES;
        ByteBuffer kept = whole.duplicate();
        if (truncated) {
            kept.limit(kept.position() + MAX_ORIGINAL_BYTES);
        }
        return Rejection.newBuilder()
                .setReason(reason)
                .setMessage(cut(message, MAX_MESSAGE_CHARS))
                .setOriginalBytes(kept.slice())
                .setOriginalSize(size)
                .setOriginalSha256(ContentHash.ofBytes(whole))
                .setOriginalTruncated(truncated)
                .setSource(source)
                .setRejectedAt(now)
                .setClassifierVersion(Classifier.VERSION);
    }
}
