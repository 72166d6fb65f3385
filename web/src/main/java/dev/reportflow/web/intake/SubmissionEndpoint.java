package dev.reportflow.web.intake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reportflow.producers.submit.Receipt;
import dev.reportflow.producers.submit.SubmissionClient;
import dev.reportflow.producers.submit.SubmissionRefusedException;
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
 * {@code file}, {@code office}, optional {@code encoding}) and gets the same receipt the command-line
 * client prints, as JSON. The file goes through {@link SubmissionClient}, so the same checks refuse
 * the same files, with the same reason codes.
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

    /** Bounds what Jetty accepts, so that an oversized upload is cut off while it streams in. */
    public void configure(JavalinConfig config) {
        config.jetty.multipartConfig.maxFileSize(maxBytes + MULTIPART_OVERHEAD, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(maxBytes + MULTIPART_OVERHEAD, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes + MULTIPART_OVERHEAD), SizeUnit.BYTES);
        config.routes.post(PATH, this::handle);
    }

    void handle(Context ctx) throws IOException {
        if (!ctx.isMultipart()) {
            JsonResponse.error(ctx, 415, "NOT_MULTIPART",
                    "Send multipart/form-data with the fields 'file' (the report) and 'office' (who submits it).");
            return;
        }
        if (ctx.req().getContentLengthLong() > maxBytes + MULTIPART_OVERHEAD) {
            oversized(ctx, ctx.req().getContentLengthLong());
            return;
        }
        UploadedFile file;
        String office;
        String encoding;
        try {
            file = ctx.uploadedFile("file");
            office = textField(ctx, "office");
            encoding = textField(ctx, "encoding");
        } catch (RuntimeException e) {
            if (isSizeLimit(e)) {
                oversized(ctx, ctx.req().getContentLengthLong());
            } else {
                JsonResponse.error(ctx, 400, "MALFORMED_REQUEST", "The multipart body cannot be read: " + e.getMessage());
            }
            return;
        }
        if (file == null) {
            JsonResponse.error(ctx, 400, "NO_FILE", "The request has no 'file' part: attach the report as 'file'.");
            return;
        }
        if (office == null || office.isBlank()) {
            JsonResponse.error(ctx, 400, "NO_OFFICE", "Say which office submits in the 'office' field, e.g. 区审计局.");
            return;
        }
        if (file.size() > maxBytes) {
            oversized(ctx, file.size());
            return;
        }
        byte[] content;
        try (InputStream in = file.content()) {
            content = in.readAllBytes();
        }
        String fileName = baseName(file.filename());
        try {
            Receipt receipt = client.submit(office, fileName, content, encoding == null || encoding.isBlank() ? null : encoding);
            LOG.info("Received {} from {} as {}", fileName, office, receipt.submissionId());
            ctx.header("Location", "/trace/" + receipt.submissionId());
            JsonResponse.send(ctx, 201, json(receipt));
        } catch (SubmissionRefusedException e) {
            refused(ctx, e);
        }
    }

    private void refused(Context ctx, SubmissionRefusedException e) {
        switch (e.reason()) {
            case "OVERSIZED" -> JsonResponse.error(ctx, 413, e.reason(), e.getMessage());
            case "NOT_DELIVERED" -> {
                LOG.warn("Submission not delivered: {}", e.getMessage());
                ctx.header("Retry-After", "30");
                JsonResponse.error(ctx, 503, e.reason(), e.getMessage() + " Nothing was stored: send the file again later.");
            }
            default -> JsonResponse.error(ctx, 400, e.reason(), e.getMessage());
        }
    }

    private void oversized(Context ctx, long size) {
        JsonResponse.error(ctx, 413, "OVERSIZED", "The upload has " + size + " bytes; the limit for a file is " + maxBytes
                + ". Split a compilation into smaller files.");
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

    private static boolean isSizeLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("exceeds") || message.contains("too large") || message.contains("limit"))) {
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
