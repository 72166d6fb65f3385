package dev.reportflow.classifier;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Locale;

/**
 * How sure the classifier is of a report, from 0 to 1: how sure it is who issued it (the issuer
 * evidence's score: the title names the body 0.95 … a self-reference named nowhere 0.4, none 0)
 * times how plainly the text is a report: a titled report with an outline 1, a report found
 * without an outline under a report title 0.8, one that only speaks as a report (a speaker line,
 * "现将…汇报如下") 0.7, and a text accepted only because nothing says it is something else 0.4.
 * Routing sends a report below the configured threshold ({@link #DEFAULT_THRESHOLD}) to triage.
 */
public final class Confidence {

    /** Below this a report goes to triage unless the deployment sets another threshold. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    /** How plainly a text is a report. */
    public enum Shape {
        TITLED_OUTLINE(1.0, "a titled report with an outline"),
        TITLE_NAMES_OTHER_DOCUMENT(0.5, "a report whose title also names another kind of document (通知, 讲话, 召开…)"),
        UNTITLED_OUTLINE(0.9, "a report with an outline and no title line"),
        TITLE_ONLY(0.8, "a report title over text without an outline"),
        SPEAKS_AS_REPORT(0.7, "text that speaks as a report (speaker line, 现将…汇报如下) without a title or an outline"),
        ACCEPTED_BY_DEFAULT(0.4, "text with neither title nor outline, accepted because nothing says it is something else");

        private final double factor;
        private final String description;

        Shape(double factor, String description) {
            this.factor = factor;
            this.description = description;
        }
    }

    private Confidence() {
    }

    public static Evidence of(Issuer issuer, Shape shape) {
        double score = Math.round(issuer.evidence().score() * shape.factor * 100) / 100.0;
        Map<String, Integer> terms = new LinkedHashMap<>();
        terms.put(issuer.evidence().rule(), 1);
        terms.put(shape.name().toLowerCase(Locale.ROOT), 1);
        return new Evidence("confidence", score, terms, "issuer " + issuer.evidence().rule() + " ("
                + issuer.evidence().score() + ") × " + shape.description + " (" + shape.factor + ")");
    }
}
