package dev.reportflow.consumers.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class IsoTimeConverterTest {

    private final IsoTimeConverter beijing = new IsoTimeConverter(ZoneId.of("Asia/Shanghai"));

    @Test
    void readsInstantsOffsetsLocalTimesAndDates() {
        assertThat(beijing.convert("2024-01-15T08:00:00Z")).isEqualTo(Instant.parse("2024-01-15T08:00:00Z"));
        assertThat(beijing.convert("2024-01-15T16:00+08:00")).isEqualTo(Instant.parse("2024-01-15T08:00:00Z"));
        assertThat(beijing.convert("2024-01-15T16:00")).isEqualTo(Instant.parse("2024-01-15T08:00:00Z"));
        assertThat(beijing.convert("2024-01-15")).isEqualTo(Instant.parse("2024-01-14T16:00:00Z"));
    }

    @Test
    void refusesOtherTextWithAnExample() {
        assertThatThrownBy(() -> beijing.convert("15/01/2024"))
                .isInstanceOf(TypeConversionException.class).hasMessageContaining("2024-01-15T08:00");
    }
}
