package dev.reportflow.web.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reportflow.web.i18n.Messages;
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
     * code in English and the bundle's sentence {@code error.<CODE>} in the request's language
     * (Simplified Chinese unless it asks for English, {@link Messages#languageOf}). Never an
     * exception's class or stack: those go to the log.
     */
    public static void error(Context ctx, int status, String code, Object... values) {
        send(ctx, status, errorBody(ctx, code, "error." + code, null, values));
    }

    /** An error whose sentence is a more precise bundle entry than {@code error.<CODE>}, under the same machine-readable code. */
    public static void errorSaying(Context ctx, int status, String code, String messageKey, Object... values) {
        send(ctx, status, errorBody(ctx, code, messageKey, null, values));
    }

    /**
     * An error with what the refusing part said in its own words ({@code detail}: the submission
     * client's and the document reader's explanation, Chinese first, naming what is wrong with the file).
     */
    public static void errorWithDetail(Context ctx, int status, String code, String detail) {
        String key = Messages.has("error." + code) ? "error." + code : "error.REFUSED";
        send(ctx, status, errorBody(ctx, code, key, detail));
    }

    static ErrorBody errorBody(Context ctx, String code, String messageKey, String detail, Object... values) {
        return new ErrorBody(code, Messages.text(Messages.languageOf(ctx), messageKey, values), detail);
    }

    /** The same body where Jetty, not a route, answers. */
    static String errorJson(String code, String message) {
        return toJson(new ErrorBody(code, message, null));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ErrorBody(String error, String message, String detail) {
    }

    private static String toJson(Object body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
