package dev.reportflow.classifier;

import dev.reportflow.classifier.text.DecodedText;
import dev.reportflow.classifier.text.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Test texts under src/test/resources/fixtures, decoded as the pipeline decodes files. */
public final class Fixtures {

    private static final Classifier CLASSIFIER = Classifier.standard();

    private Fixtures() {
    }

    public static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            DecodedText decoded = TextDecoder.decode(in.readAllBytes());
            if (!decoded.isOk()) {
                throw new IllegalStateException(name + ": " + decoded.message());
            }
            return decoded.text();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Classification classify(String name) {
        return CLASSIFIER.classifyOrThrow(text(name));
    }

    public static Classification classifyText(String text) {
        return CLASSIFIER.classifyOrThrow(text);
    }

    /** The reports found in a text. */
    public static List<Report> reports(String text) {
        return classifyText(text).reports();
    }
}
