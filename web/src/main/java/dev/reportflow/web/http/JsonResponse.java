package dev.reportflow.web.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.UncheckedIOException;

/** JSON bodies written with the project's Jackson, independent of the JSON mapper Javalin would pick. */
public final class JsonResponse {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonResponse() {
    }

    public static void send(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8").result(MAPPER.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body of every 4xx/5xx answer: a machine-readable reason code and a sentence for people. */
    public static void error(Context ctx, int status, String reason, String message) {
        ObjectNode body = MAPPER.createObjectNode().put("reason", reason).put("message", message);
        send(ctx, status, body);
    }
}
