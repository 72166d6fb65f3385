package dev.reportflow.web.intake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reportflow.producers.submit.Receipt;
import dev.reportflow.producers.submit.SubmissionClient;
import dev.reportflow.producers.submit.SubmissionRefusedException;
import dev.reportflow.text.SafeText;
import dev.reportflow.web.auth.Access;
import dev.reportflow.web.auth.AccessControl;
import dev.reportflow.web.http.JsonResponse;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /submissions}: an office without a Kafka client sends a file (multipart fields
 * {@code file}, optional {@code encoding}) and gets the same receipt the command-line client prints,
 * as JSON. It submits as the office of its login: an {@code office} field is ignored, so that no
 * office can submit in another's name. The file goes through {@link SubmissionClient}, so the same
 * checks refuse the same files, with the same reason codes.
 */
public final class SubmissionEndpoint {

    public static final String PATH = "/submissions";
    /** Room for multipart boundaries and the small text fields around the file. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(SubmissionEndpoint.class);

    private final SubmissionClient client;
    private final long maxBytes;

    public SubmissionEndpoint(SubmissionClient client, long maxBytes) {
        this.client = client;
        this.maxBytes = maxBytes;
    }

    /**
     * Bounds what Jetty accepts, so that an oversized upload is cut off while it streams in. The text
     * fields are bounded by the same limit rather than Jetty's smaller form limit, so that every
     * request within the upload limit is read and answered alike.
     */
    public void configure(JavalinConfig config) {
        config.jetty.modifyServletContextHandler(context -> context.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE,
                maxBytes + MULTIPART_OVERHEAD)));
        config.jetty.multipartConfig.maxFileSize(maxBytes + MULTIPART_OVERHEAD, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(maxBytes + MULTIPART_OVERHEAD, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes + MULTIPART_OVERHEAD), SizeUnit.BYTES);
        config.routes.post(PATH, this::handle, Access.SUBMIT);
    }

    void handle(Context ctx) throws IOException {
        if (!ctx.isMultipart()) {
            JsonResponse.error(ctx, 415, "NOT_MULTIPART");
            return;
        }
        if (ctx.req().getContentLengthLong() > maxBytes + MULTIPART_OVERHEAD) {
            oversized(ctx);
            return;
        }
        String office = AccessControl.user(ctx).office();
        UploadedFile file;
        String encoding;
        try {
            file = ctx.uploadedFile("file");
            encoding = textField(ctx, "encoding");
        } catch (Exception e) { // Javalin, written in Kotlin, lets Jetty's checked ServletException through undeclared
            // A chunked upload has no Content-Length: Jetty's multipart limits cut it off while it streams in.
            if (isSizeLimit(e)) {
                oversized(ctx);
            } else {
                LOG.info("Unreadable multipart body: {}", SafeText.line(String.valueOf(e.getMessage())));
                JsonResponse.error(ctx, 400, "MALFORMED_REQUEST");
            }
            return;
        }
        if (file == null) {
            JsonResponse.error(ctx, 400, "NO_FILE");
            return;
        }
        if (file.size() > maxBytes) {
            oversized(ctx);
            return;
        }
        byte[] content;
        try (InputStream in = file.content()) {
            content = in.readAllBytes();
        }
        String fileName = baseName(file.filename());
        try {
            Receipt receipt = client.submit(office, fileName, content, encoding == null || encoding.isBlank() ? null : encoding);
            LOG.info("Received {} from {} as {}", SafeText.line(fileName), office, receipt.submissionId());
            ctx.header("Location", "/trace/" + receipt.submissionId());
            JsonResponse.send(ctx, 201, json(receipt));
        } catch (SubmissionRefusedException e) {
            refused(ctx, e);
        }
    }

    private void refused(Context ctx, SubmissionRefusedException e) {
        switch (e.reason()) {
            case "OVERSIZED" -> oversized(ctx);
            case "NOT_DELIVERED" -> {
                // Kafka's reasons are for operators, not offices.
                LOG.warn("Submission not delivered: {}", e.getMessage());
                ctx.header("Retry-After", "30");
                JsonResponse.error(ctx, 503, e.reason());
            }
            default -> JsonResponse.errorWithDetail(ctx, 400, e.reason(), e.getMessage());
        }
    }

    private void oversized(Context ctx) {
        JsonResponse.error(ctx, 413, "OVERSIZED", SubmissionClient.sizeText(maxBytes));
    }

    /** Text fields as UTF-8, which is what browsers send; Jetty would otherwise assume ISO-8859-1. */
    private static String textField(Context ctx, String name) {
        try {
            var part = ctx.req().getPart(name);
            if (part == null) {
                return null;
            }
            try (InputStream in = part.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
        } catch (IOException | jakarta.servlet.ServletException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Old browsers send the whole client-side path. */
    static String baseName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "upload";
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).strip();
        return name.isEmpty() ? "upload" : name;
    }

    /** Jetty says which limit cut a body off only in words ("max length exceeded: N", "Form is larger than max length N"). */
    private static boolean isSizeLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("max length") || message.contains("exceeds") || message.contains("too large"))) {
                return true;
            }
        }
        return false;
    }

    static ObjectNode json(Receipt receipt) {
        return JsonResponse.MAPPER.createObjectNode()
                .put("submissionId", receipt.submissionId())
                .put("fileName", receipt.fileName())
                .put("contentHash", receipt.contentHash())
                .put("encoding", receipt.encoding())
                .put("topic", receipt.topic())
                .put("partition", receipt.partition())
                .put("offset", receipt.offset())
                .put("loggedAt", receipt.loggedAt().toString())
                .put("trace", "/trace/" + receipt.submissionId());
    }
}
