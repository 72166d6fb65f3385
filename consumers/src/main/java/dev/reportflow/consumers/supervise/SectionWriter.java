package dev.reportflow.consumers.supervise;

/** Writes routed sections in one output format. */
public interface SectionWriter {

    /** Called once before the first section (column headers, a title). */
    default void begin(String topic) {
    }

    void write(Delivery delivery);

    /** Called once at the end with how many sections were written. */
    default void end(int written) {
    }

    /** Pushes what was written so far to its destination; offsets are committed only after this. */
    void flush();
}
