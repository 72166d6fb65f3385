package dev.reportflow.history.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;

/** Avro records as JSON for the store's jsonb columns: times as ISO-8601, enums as names, bytes as their length. */
public final class RecordJson {

    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RecordJson() {
    }

    public static String of(IndexedRecord record) {
        return toJson(record).toString();
    }

    public static ObjectNode toJson(IndexedRecord record) {
        ObjectNode node = NODES.objectNode();
        for (Schema.Field field : record.getSchema().getFields()) {
            node.set(field.name(), value(record.get(field.pos())));
        }
        return node;
    }

    private static JsonNode value(Object value) {
        if (value == null) {
            return NODES.nullNode();
        } else if (value instanceof IndexedRecord r) {
            return toJson(r);
        } else if (value instanceof Collection<?> items) {
            ArrayNode array = NODES.arrayNode();
            items.forEach(item -> array.add(value(item)));
            return array;
        } else if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((k, v) -> object.set(String.valueOf(k), value(v)));
            return object;
        } else if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        } else if (value instanceof Integer n) {
            // The node factories directly: valueToTree serializes each number through a token buffer, which made
            // this method a sixth of the history sink's CPU (a classified report holds hundreds of scores and lines).
            return NODES.numberNode(n);
        } else if (value instanceof Long n) {
            return NODES.numberNode(n);
        } else if (value instanceof Double n) {
            return NODES.numberNode(n);
        } else if (value instanceof Float n) {
            return NODES.numberNode(n);
        } else if (value instanceof Number) {
            return MAPPER.valueToTree(value);
        } else if (value instanceof ByteBuffer bytes) {
            return NODES.numberNode(bytes.remaining());
        } else if (value instanceof Instant instant) {
            return NODES.textNode(instant.toString());
        }
        return NODES.textNode(value.toString());
    }
}
