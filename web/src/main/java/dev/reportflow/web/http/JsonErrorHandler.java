package dev.reportflow.web.http;

import dev.reportflow.web.i18n.Language;
import dev.reportflow.web.i18n.Messages;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (a request line, header or chunk it cannot parse, an error before the
 * request reaches Javalin) in reportflow's JSON error shape, instead of Jetty's HTML page, which
 * names the server and may show the cause's class.
 */
final class JsonErrorHandler extends ErrorHandler {

    private static final String JSON = MimeTypes.Type.APPLICATION_JSON_UTF_8.asString();

    @Override
    protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
        response.write(true, body(status, Language.fromAcceptLanguage(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE))), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, JSON);
        return body(status, Language.ZH); // a request line Jetty cannot parse: its headers are not read
    }

    private static ByteBuffer body(int status, Language language) {
        StatusError error = StatusError.of(status);
        String message = Messages.text(language, error.messageKey(), error.values());
        return ByteBuffer.wrap(JsonResponse.errorJson(error.code(), message).getBytes(StandardCharsets.UTF_8));
    }
}
