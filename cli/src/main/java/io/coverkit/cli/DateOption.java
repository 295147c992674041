package io.coverkit.cli;

import io.coverkit.model.DateText;
import java.time.LocalDate;
import picocli.CommandLine;

/**
 * Reads a date option ({@code --as-of}, {@code --from}, {@code --to}, {@code --on}) as requests and
 * policy files read dates, and says what is wrong with one that is not a date (month 13, June 31)
 * in the same words; picocli's own conversion would print Java's exception text instead.
 */
final class DateOption implements CommandLine.ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        LocalDate date = DateText.parse(value);
        if (date == null) {
            throw new CommandLine.TypeConversionException("`" + value + "` " + DateText.problem(value));
        }
        return date;
    }
}
