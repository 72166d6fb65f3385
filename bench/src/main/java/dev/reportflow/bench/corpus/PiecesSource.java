package dev.reportflow.bench.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where the corpus pieces come from: {@code --samples DIR}, else the project's samples/, else the
 * built-in set. A samples folder too small to vary reports on its own (a few short files) is
 * topped up with the built-in pieces.
 */
public final class PiecesSource {

    /** Below this many blocks, generated reports would mostly repeat themselves. */
    private static final int ENOUGH_BLOCKS = 40;

    private PiecesSource() {
    }

    /** The samples directory to use, or null for the built-in pieces alone. */
    public static Path directory(Path samplesOption, Path projectSamples) {
        if (samplesOption != null) {
            if (!hasTextFiles(samplesOption)) {
                throw new IllegalArgumentException("No .txt samples in " + samplesOption);
            }
            return samplesOption;
        }
        return hasTextFiles(projectSamples) ? projectSamples : null;
    }

    public static CorpusPieces load(Path directory) {
        if (directory == null) {
            return CorpusPieces.builtIn();
        }
        CorpusPieces samples = CorpusPieces.fromSamples(directory);
        return samples.blocks().size() >= ENOUGH_BLOCKS ? samples : samples.plus(CorpusPieces.builtIn());
    }

    private static boolean hasTextFiles(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
