package dev.reportflow.schemas;

/**
 * The id of a submission: made from where its record sits on the intake topic, which only the
 * broker decides, so no producer can take another's id. The client names it in the receipt as soon
 * as the broker has acknowledged the record; the streams app assigns the same id when it reads it.
 */
public final class SubmissionIds {

    private SubmissionIds() {
    }

    /** A producer's id is free text; the records that quote it keep at most this much of it. */
    static final int MAX_CLAIMED_CHARS = 200;

    public static String of(int partition, long offset) {
        return "sub-" + partition + "-" + offset;
    }

    /** The id the producer wrote, when the pipeline assigned another; null when the same or none. */
    public static String claimed(Submission submission) {
        String claimed = submission.getClaimedSubmissionId();
        if (claimed == null || claimed.equals(submission.getSubmissionId())) {
            return null;
        }
        return claimed.length() <= MAX_CLAIMED_CHARS ? claimed : claimed.substring(0, MAX_CLAIMED_CHARS) + "…";
    }
}
