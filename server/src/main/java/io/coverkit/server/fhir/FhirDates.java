package io.coverkit.server.fhir;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Timing;
import org.hl7.fhir.r4.model.Type;

/**
 * Calendar days from FHIR dates. The day is the one written (the text's {@code yyyy-MM-dd}), never
 * shifted by the server's time zone; a partial date (a year, or a year and month) names no day and
 * reads as unknown.
 */
public final class FhirDates {

    private FhirDates() {}

    /** The day a date, dateTime or instant names, or null when it names none. */
    public static LocalDate day(BaseDateTimeType value) {
        if (value == null || !value.hasValue()) {
            return null;
        }
        String text = value.getValueAsString();
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The first day a choice of dateTime, Period or Timing names (a period's start, else its end; a
     * timing's first event, else its bounds' start), or null.
     */
    public static LocalDate start(Type value) {
        if (value instanceof DateTimeType dt) {
            return day(dt);
        }
        if (value instanceof BaseDateTimeType other) {
            return day(other);
        }
        if (value instanceof Period p) {
            LocalDate start = day(p.getStartElement());
            return start != null ? start : day(p.getEndElement());
        }
        if (value instanceof Timing t) {
            if (t.hasEvent()) {
                return day(t.getEvent().get(0));
            }
            if (t.hasRepeat() && t.getRepeat().hasBoundsPeriod()) {
                return day(t.getRepeat().getBoundsPeriod().getStartElement());
            }
        }
        return null;
    }

    /** The last day of a Period, or null when it has no end (ongoing). */
    public static LocalDate end(Type value) {
        return value instanceof Period p ? day(p.getEndElement()) : null;
    }
}
