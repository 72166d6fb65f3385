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
            JsonResponse.error(ctx, 415, "NOT_MULTIPART", "请以 multipart/form-data 格式提交：file 字段为报告文件。"
                    + " Send multipart/form-data with the report in the field 'file'.");
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
                JsonResponse.error(ctx, 400, "MALFORMED_REQUEST", "无法读取上传的表单（multipart 格式有误）。"
                        + " The multipart body cannot be read.");
            }
            return;
        }
        if (file == null) {
            JsonResponse.error(ctx, 400, "NO_FILE", "请求中没有 file 字段，请把报告文件附在 file 字段。"
                    + " The request has no 'file' part: attach the report as 'file'.");
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
                JsonResponse.error(ctx, 503, e.reason(), "报送暂未成功，文件没有保存，请稍后重新提交。"
                        + " The submission was not stored: send the file again later.");
            }
            default -> JsonResponse.error(ctx, 400, e.reason(), e.getMessage());
        }
    }

    private void oversized(Context ctx) {
        JsonResponse.error(ctx, 413, "OVERSIZED", "上传的文件超过大小上限（" + SubmissionClient.sizeText(maxBytes) + "），"
                + "请把汇编拆成较小的文件。 The upload is too large: the limit for a file is " + maxBytes
                + " bytes. Split a compilation into smaller files.");
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
