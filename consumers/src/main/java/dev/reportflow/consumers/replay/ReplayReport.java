package dev.reportflow.consumers.replay;

import java.util.List;
import java.util.Map;

/**
 * The result of a replay, as written to --out: what was replayed, with which classifier and rules,
 * how routing per department would move, and every submission with its recorded and new decision.
 * Times are ISO-8601 strings so that the JSON needs no date support to read.
 */
public record ReplayReport(Window window, Versions versions, Summary summary, Map<String, DepartmentCount> departments,
                           List<SubmissionComparison> submissions) {

    public record Window(String from, String to, String department, String office) {
    }

    /** The classifier and rules the replay used. */
    public record Versions(String classifier, String rules, boolean rulesFromTopic, int runtimeRules) {
    }

    /**
     * @param read intake records in the window
     * @param compared submissions that passed the filters and were compared
     * @param changed of those, how many would be decided differently today
     * @param undecodable intake records that are not Submissions (skipped)
     */
    /** @param bytesRead the intake records' size, read to re-decide them */
    public record Summary(long read, long compared, long changed, long undecodable, long bytesRead) {
    }

    /** Routed units per department: as recorded, and as today's classifier would route them. */
    public record DepartmentCount(long before, long after) {
    }

    public record SubmissionComparison(String submissionId, String office, String fileName, String receivedAt,
                                       String source, boolean changed, Decision recorded, Decision replayed,
                                       List<Change> changes) {
    }
}
