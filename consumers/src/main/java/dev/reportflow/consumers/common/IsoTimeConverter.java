package dev.reportflow.consumers.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the times people type: {@code 2024-01-15T08:00:00Z}, {@code 2024-01-15T16:00+08:00},
 * {@code 2024-01-15T16:00} or {@code 2024-01-15} (the last two in the machine's time zone).
 */
public final class IsoTimeConverter implements ITypeConverter<Instant> {

    private final ZoneId zone;

    public IsoTimeConverter() {
        this(ZoneId.systemDefault());
    }

    IsoTimeConverter(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public Instant convert(String value) {
        String text = value.trim();
        try {
            if (text.endsWith("Z") || text.endsWith("z")) {
                return Instant.parse(text.toUpperCase(java.util.Locale.ROOT));
            }
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(zone).toInstant();
            }
            if (text.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(text).toInstant();
            }
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not an ISO time such as 2024-01-15, "
                    + "2024-01-15T08:00 or 2024-01-15T08:00:00Z");
        }
    }
}
