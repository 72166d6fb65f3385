package dev.reportflow.history.trace;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reportflow.text.SafeText;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A stored trace for people (one line per step, every field escaped) and for scripts (JSON). */
public final class StoredTraceRenderer {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StoredTraceRenderer() {
    }

    public static void text(StoredTrace trace, PrintWriter out) {
        println(out, "提交 Submission " + trace.submissionId() + "  (from the history store)");
        if (!trace.found()) {
            println(out, "未找到 Not found: the store holds no record of this submission.");
            out.flush();
            return;
        }
        if (trace.received() == null) {
            println(out, "收到 Received   (no report or rejection names its intake record)");
        } else {
            StoredTrace.Received r = trace.received();
            println(out, "收到 Received   " + LOCAL.format(r.at()) + " at " + r.topic() + "[" + r.partition() + "]@"
                    + r.offset() + " · office " + r.office() + " · file " + r.fileName());
        }
        for (StoredTrace.Event e : trace.events()) {
            println(out, "%s %-12s %s%s  %s  (%s[%d]@%d)".formatted(LOCAL.format(e.at()), e.kind(), e.subject(),
                    e.routedTo() == null ? "" : " → " + e.routedTo(), e.detail(), e.topic(), e.partition(), e.offset()));
        }
        out.flush();
    }

    public static ObjectNode json(StoredTrace trace) {
        ObjectNode root = NODES.objectNode();
        root.put("submissionId", trace.submissionId());
        root.put("found", trace.found());
        if (trace.received() == null) {
            root.putNull("received");
        } else {
            StoredTrace.Received r = trace.received();
            ObjectNode received = root.putObject("received");
            received.put("at", r.at().toString());
            received.put("office", r.office());
            received.put("fileName", r.fileName());
            received.put("topic", r.topic());
            received.put("partition", r.partition());
            received.put("offset", r.offset());
        }
        ArrayNode events = root.putArray("events");
        for (StoredTrace.Event e : trace.events()) {
            ObjectNode node = events.addObject();
            node.put("at", e.at().toString());
            node.put("kind", e.kind());
            node.put("subject", e.subject());
            node.put("routedTo", e.routedTo());
            node.put("detail", e.detail());
            node.put("topic", e.topic());
            node.put("partition", e.partition());
            node.put("offset", e.offset());
        }
        return root;
    }

    /** A terminal would act on an ESC or a lone CR in a record's field; they are written visibly instead. */
    private static void println(PrintWriter out, String line) {
        out.println(SafeText.line(line));
    }
}
