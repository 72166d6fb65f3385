package dev.reportflow.classifier.outline;

import java.util.List;

/**
 * A section of a report's outline. Lines are 0-based and inclusive; {@code style} is null for an
 * unnumbered heading ("2024年工作计划"); the phrase is the heading's words in the folded line.
 */
public record OutlineSection(int line, int endLine, Numbering style, int number, int phraseStart, int phraseEnd,
                             List<OutlineSection> children) {

    public OutlineSection {
        children = List.copyOf(children);
    }

    public boolean isUnnumbered() {
        return style == null;
    }
}
