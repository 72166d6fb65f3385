package dev.reportflow.classifier;

/** What a top-level section does in a report. */
public enum Role {
    REVIEW, PROBLEMS, PLAN, HIGHLIGHTS, OTHER
}
