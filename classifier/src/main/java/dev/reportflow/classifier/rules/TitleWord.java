package dev.reportflow.classifier.rules;

/**
 * A word of a report title: it names a summary, a plan, or a cross-cutting special topic; or, ending a
 * title, another kind of official document (通知, 批复), which makes the line no report title.
 */
public enum TitleWord { SUMMARY, PLAN, SPECIAL_TOPIC, OTHER_DOCUMENT }
