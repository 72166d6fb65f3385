package dev.reportflow.web.hostile;

import dev.reportflow.web.Http;
import dev.reportflow.web.TestUsers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests a well-behaved client will not send: broken framing,
 * chunked uploads of any size. The body is written on its own thread while the answer is read, since
 * a server may answer (413) and close before the upload ends.
 */
final class RawHttp {

    /** Writes a request body; an IOException means the server stopped reading, which the test then judges by the answer. */
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    record Response(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    /** The header line of the test office's HTTP Basic credentials, for a head written by hand. */
    static final String OFFICE_LOGIN = "Authorization: " + Http.basic(TestUsers.OFFICE, TestUsers.PASSWORD) + "\r\n";

    private RawHttp() {
    }

    static Response exchange(int port, String head, Body body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            Thread writer = new Thread(() -> {
                try {
                    out.write(head.getBytes(StandardCharsets.UTF_8));
                    body.writeTo(out);
                    out.flush();
                } catch (IOException stoppedReading) {
                    // the answer tells why
                }
            }, "raw-http-writer");
            writer.start();
            Response response = read(socket.getInputStream());
            socket.close();
            writer.join(10_000);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request with its length declared, on a connection of its own, as a client that sends it all regardless would. */
    static Response send(int port, String method, String path, String contentType, byte[] body) {
        return exchange(port, method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + OFFICE_LOGIN + "Content-Type: " + contentType
                + "\r\nContent-Length: " + body.length + "\r\n\r\n", out -> out.write(body));
    }

    /** A chunked body of {@code total} bytes of {@code filler} between a prefix and a suffix, in 64 KiB chunks. */
    static Body chunked(byte[] prefix, long total, byte filler, byte[] suffix) {
        return out -> {
            writeChunk(out, prefix);
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, filler);
            for (long sent = 0; sent < total; sent += chunk.length) {
                writeChunk(out, chunk);
            }
            writeChunk(out, suffix);
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        };
    }

    private static void writeChunk(OutputStream out, byte[] bytes) throws IOException {
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
        }
        byte[] body;
        if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else if (headers.getOrDefault("transfer-encoding", "").contains("chunked")) {
            ByteArrayOutputStream decoded = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
                 size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
                decoded.writeBytes(in.readNBytes(size));
                line(in);
            }
            body = decoded.toByteArray();
        } else {
            body = in.readAllBytes();
        }
        return new Response(Integer.parseInt(statusLine.split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("The connection closed mid-answer after: " + line.toString(StandardCharsets.UTF_8));
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }
}
