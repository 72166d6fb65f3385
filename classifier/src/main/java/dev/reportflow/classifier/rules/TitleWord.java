package dev.reportflow.classifier.rules;

/** A word of a report title: it names a summary, a plan, or a cross-cutting special topic. */
public enum TitleWord { SUMMARY, PLAN, SPECIAL_TOPIC }
