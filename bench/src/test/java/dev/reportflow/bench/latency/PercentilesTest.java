package dev.reportflow.bench.latency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOfOneToHundred() {
        long[] shuffled = LongStream.rangeClosed(1, 100).map(i -> (i * 37) % 100 + 1).toArray();

        Percentiles p = Percentiles.of(shuffled);

        assertThat(p.p50()).isEqualTo(50);
        assertThat(p.p95()).isEqualTo(95);
        assertThat(p.p99()).isEqualTo(99);
        assertThat(p.max()).isEqualTo(100);
        assertThat(p.mean()).isEqualTo(50.5);
        assertThat(p.count()).isEqualTo(100);
    }

    @Test
    void smallSetsTakeTheValueAtOrAboveTheRank() {
        Percentiles p = Percentiles.of(new long[]{30, 10, 20});

        assertThat(p.p50()).isEqualTo(20);
        assertThat(p.p99()).isEqualTo(30);
    }

    @Test
    void leavesTheCallersArrayAlone() {
        long[] values = {3, 1, 2};
        Percentiles.of(values);
        assertThat(values).containsExactly(3, 1, 2);
    }

    @Test
    void refusesAnEmptySet() {
        assertThatThrownBy(() -> Percentiles.of(new long[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
