package dev.reportflow.consumers.common;

import java.io.PrintWriter;

/**
 * A one-line progress bar redrawn with '\r', at most every 200 ms so that it costs nothing next
 * to the work it reports on.
 */
public final class ProgressBar {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter out;
    private final String label;
    private final long total;
    private long done;
    private long lastDrawn;

    public ProgressBar(PrintWriter out, String label, long total) {
        this.out = out;
        this.label = label;
        this.total = Math.max(total, 0);
    }

    public void step(String note) {
        done++;
        long now = System.nanoTime();
        if (now - lastDrawn >= REDRAW_NANOS) {
            lastDrawn = now;
            draw(note);
        }
    }

    public void finish(String note) {
        done = Math.max(done, total);
        draw(note);
        out.println();
        out.flush();
    }

    private void draw(String note) {
        int filled = total == 0 ? WIDTH : (int) Math.min(WIDTH, done * WIDTH / total);
        int percent = total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
        out.print("\r" + label + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + percent + "% "
                + done + "/" + total + " " + note + "   ");
        out.flush();
    }
}
