package dev.reportflow.bench.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.compress.Compression;
import org.apache.kafka.common.utils.ByteBufferOutputStream;

/**
 * The shape of a set of reports, to hold the bench corpus against the real reports: the size
 * distribution, top-level sections per report, and how well each report compresses on its own
 * with Kafka's own lz4 and zstd codecs (as the producer would for a batch of that one record), as a
 * share of its plain bytes. Reports compress alone here so that a set of repeats does not look more compressible
 * than its parts.
 */
public record CorpusShape(int reports, int minBytes, int p10Bytes, int medianBytes, int p90Bytes, int maxBytes,
                          int averageBytes, double averageSections, int minSections, int maxSections,
                          double lz4Share, double zstdShare) {

    /** At most this many reports are compressed: the share settles long before. */
    private static final int COMPRESSION_SAMPLE = 400;
    /** Record batches since Kafka 0.11. */
    private static final byte MAGIC_VALUE_V2 = 2;

    public static CorpusShape of(List<byte[]> texts, int[] sections) {
        int[] sizes = texts.stream().mapToInt(t -> t.length).sorted().toArray();
        var sectionStats = Arrays.stream(sections).summaryStatistics();
        long plain = 0;
        long lz4 = 0;
        long zstd = 0;
        int step = Math.max(1, texts.size() / COMPRESSION_SAMPLE);
        for (int i = 0; i < texts.size(); i += step) {
            plain += texts.get(i).length;
            lz4 += compressedBytes(Compression.lz4().build(), texts.get(i));
            zstd += compressedBytes(Compression.zstd().build(), texts.get(i));
        }
        return new CorpusShape(sizes.length, sizes[0], percentile(sizes, 0.10), percentile(sizes, 0.50),
                percentile(sizes, 0.90), sizes[sizes.length - 1], (int) Math.round(Arrays.stream(sizes).average().orElse(0)),
                sectionStats.getAverage(), sectionStats.getMin(), sectionStats.getMax(), lz4 / (double) plain, zstd / (double) plain);
    }

    public static CorpusShape of(Corpus corpus) {
        return of(corpus.reports().stream().map(GeneratedReport::content).toList(),
                corpus.reports().stream().mapToInt(GeneratedReport::topLevelSections).toArray());
    }

    public static CorpusShape of(RealReports real) {
        return of(real.originals().stream().map(RealReports.Original::content).toList(),
                real.originals().stream().mapToInt(RealReports.Original::topLevelSections).toArray());
    }

    private static int compressedBytes(Compression compression, byte[] value) {
        ByteBufferOutputStream buffer = new ByteBufferOutputStream(value.length / 2 + 64);
        try (OutputStream out = compression.wrapForOutput(buffer, MAGIC_VALUE_V2)) {
            out.write(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.position();
    }

    private static int percentile(int[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }
}
