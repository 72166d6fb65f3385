package dev.reportflow.consumers.supervise;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reportflow.consumers.common.AvroJson;
import dev.reportflow.schemas.RoutedSection;
import java.io.PrintWriter;

/**
 * One JSON object per line: the whole routed section plus where it was read, for scripts, with its
 * {@code status} ({@code delivered} or {@code withdrawn}) and, when withdrawn, by whom, when and why.
 */
final class JsonLinesSectionWriter implements SectionWriter {

    private final PrintWriter out;

    JsonLinesSectionWriter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void write(Delivery delivery) {
        RoutedSection s = delivery.section();
        ObjectNode json = AvroJson.toJson(s);
        // Said plainly, so that a script need not know that a retraction is a RoutedSection with retracted=true.
        json.put("status", s.getRetracted() ? "withdrawn" : "delivered");
        if (s.getRetracted()) {
            json.putObject("withdrawn")
                    .put("by", s.getCorrection().getBy())
                    .put("at", s.getCorrection().getAt().toString())
                    .put("reason", s.getCorrection().getReason())
                    .put("correctionId", s.getCorrection().getCorrectionId());
        }
        json.putObject("delivery")
                .put("topic", delivery.topic())
                .put("partition", delivery.partition())
                .put("offset", delivery.offset());
        out.println(AvroJson.compact(json));
    }

    @Override
    public void flush() {
        out.flush();
    }
}
