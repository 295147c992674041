package io.coverkit.request;

import io.coverkit.annotations.API;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A measurement or observation (request contract v2), such as packs smoked per day.
 *
 * @param code what was observed: a LOINC code or a coverkit fact id such as {@code packs-per-day}
 * @param unit the unit as written (UCUM where there is one), or empty
 * @param date when it was observed, or null when not given
 * @param method how it was measured, such as {@code echo} for an ejection fraction, or empty when
 *     not stated; a criterion that names a method counts only observations stating it
 */
@API(status = API.Status.STABLE)
public record Observation(String code, BigDecimal value, String unit, LocalDate date, String method) {
    public Observation {
        unit = unit == null ? "" : unit;
        method = method == null ? "" : method;
    }

    /** An observation that does not state its method (as before the method was added). */
    public Observation(String code, BigDecimal value, String unit, LocalDate date) {
        this(code, value, unit, date, "");
    }
}
