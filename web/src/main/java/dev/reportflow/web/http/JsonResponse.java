package dev.reportflow.web.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.UncheckedIOException;

/** JSON bodies written with the project's Jackson, independent of the JSON mapper Javalin would pick. */
public final class JsonResponse {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonResponse() {
    }

    public static void send(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(toJson(body));
    }

    /**
     * The body of every 4xx/5xx answer: {@code {"error": CODE, "message": text}}, a machine-readable
     * code in English and a sentence for the office, in Simplified Chinese first. Never an exception's
     * class or stack: those go to the log.
     */
    public static void error(Context ctx, int status, String code, String message) {
        send(ctx, status, new ErrorBody(code, message));
    }

    /** The same body where Jetty, not a route, answers. */
    static String errorJson(String code, String message) {
        return toJson(new ErrorBody(code, message));
    }

    private record ErrorBody(String error, String message) {
    }

    private static String toJson(Object body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
