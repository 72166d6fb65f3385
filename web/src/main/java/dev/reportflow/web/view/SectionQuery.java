package dev.reportflow.web.view;

import dev.reportflow.consumers.common.IsoTimeConverter;
import dev.reportflow.consumers.supervise.SectionFilter;
import dev.reportflow.schemas.SectionRole;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import picocli.CommandLine.TypeConversionException;

/**
 * The page's filters as query parameters: {@code department}, {@code role}, {@code office},
 * {@code level}, {@code since}, {@code until} (ISO dates or times) and {@code limit}. Empty
 * parameters mean "any", as an untouched form field sends them.
 */
public record SectionQuery(String department, SectionFilter filter, int limit) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    /** A parameter that cannot be understood; the message says what would be. */
    public static final class BadQuery extends RuntimeException {
        BadQuery(String message) {
            super(message);
        }
    }

    public static SectionQuery parse(Function<String, String> parameter) {
        String department = blankToNull(parameter.apply("department"));
        String role = blankToNull(parameter.apply("role"));
        String office = blankToNull(parameter.apply("office"));
        String level = blankToNull(parameter.apply("level"));
        Instant since = time(parameter.apply("since"), "since");
        Instant until = time(parameter.apply("until"), "until");
        SectionFilter filter = new SectionFilter(role == null ? Set.of() : Set.of(role(role)),
                level == null ? Set.of() : Set.of(level), office, since, until);
        return new SectionQuery(department, filter, limit(parameter.apply("limit")));
    }

    private static SectionRole role(String value) {
        try {
            return SectionRole.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadQuery("Unknown role '" + value + "'; one of " + Arrays.toString(SectionRole.values()));
        }
    }

    private static Instant time(String value, String name) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return new IsoTimeConverter().convert(value);
        } catch (TypeConversionException e) {
            throw new BadQuery(name + ": " + e.getMessage());
        }
    }

    private static int limit(String value) {
        if (blankToNull(value) == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new BadQuery("limit must be between 1 and " + MAX_LIMIT);
            }
            return limit;
        } catch (NumberFormatException e) {
            throw new BadQuery("limit must be a number, not '" + value + "'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
