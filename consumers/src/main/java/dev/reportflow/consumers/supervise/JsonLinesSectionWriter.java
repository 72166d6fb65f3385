package dev.reportflow.consumers.supervise;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reportflow.consumers.common.AvroJson;
import java.io.PrintWriter;

/** One JSON object per line: the whole routed section plus where it was read, for scripts. */
final class JsonLinesSectionWriter implements SectionWriter {

    private final PrintWriter out;

    JsonLinesSectionWriter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void write(Delivery delivery) {
        ObjectNode json = AvroJson.toJson(delivery.section());
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
