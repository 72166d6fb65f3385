package dev.reportflow.classifier.outline;

/**
 * A line that starts with a numbering. {@code weak} marks an arabic number followed by a digit
 * ("3.4月份…"): a heading only where it continues its sequence. {@code textStart} is where the
 * heading's words begin in the line.
 */
public record NumberedLine(Numbering style, int number, boolean weak, int textStart) {
}
