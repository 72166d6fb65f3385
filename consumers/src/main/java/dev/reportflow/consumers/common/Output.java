package dev.reportflow.consumers.common;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command writes its result: a UTF-8 file when --out is given, else the command's own output. */
public final class Output {

    private Output() {
    }

    /** A writer to {@code file}, or {@code fallback} (not closed by the caller's try-with-resources). */
    public static PrintWriter open(Path file, PrintWriter fallback) {
        if (file == null) {
            return new PrintWriter(fallback) {
                @Override
                public void close() {
                    flush();
                }
            };
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return new PrintWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
