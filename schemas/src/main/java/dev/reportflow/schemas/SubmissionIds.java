package dev.reportflow.schemas;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * Whether {@code id} names the submission at {@code partition}/{@code offset} of the intake
     * topic: its assigned id, or the id its producer wrote (records from before ids were assigned
     * are known by that).
     */
    public static boolean names(String id, Submission submission, int partition, long offset) {
        return of(partition, offset).equals(id) || submission.getSubmissionId().equals(id);
    }

    /** The intake partition and offset an assigned id names ({partition, offset}), if it is one. */
    public static Optional<long[]> placeOf(String id) {
        Matcher m = ASSIGNED.matcher(id);
        return m.matches() ? Optional.of(new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))})
                : Optional.empty();
    }

    private static final Pattern ASSIGNED = Pattern.compile("sub-(\\d{1,9})-(\\d{1,18})");

    /** The id the producer wrote, when the pipeline assigned another; null when the same or none. */
    public static String claimed(Submission submission) {
        String claimed = submission.getClaimedSubmissionId();
        if (claimed == null || claimed.equals(submission.getSubmissionId())) {
            return null;
        }
        return claimed.length() <= MAX_CLAIMED_CHARS ? claimed : claimed.substring(0, MAX_CLAIMED_CHARS) + "…";
    }
}
