package io.coverkit.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Reads a duration option such as {@code --reload-interval 2s}: a whole number with a unit
 * ({@code ms}, {@code s}, {@code m}), or an ISO-8601 duration ({@code PT2S}).
 */
final class DurationOption implements CommandLine.ITypeConverter<Duration> {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})(ms|s|m)");

    @Override
    public Duration convert(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        Matcher m = SHORT.matcher(v);
        Duration d = null;
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            d = m.group(2).equals("ms") ? Duration.ofMillis(n) : m.group(2).equals("s") ? Duration.ofSeconds(n) : Duration.ofMinutes(n);
        } else if (v.startsWith("pt")) {
            try {
                d = Duration.parse(value.strip());
            } catch (java.time.format.DateTimeParseException e) {
                d = null;
            }
        }
        if (d == null || d.isZero() || d.isNegative()) {
            throw new CommandLine.TypeConversionException("`" + value + "` is not a positive duration such as 500ms, 2s or 1m");
        }
        return d;
    }
}
