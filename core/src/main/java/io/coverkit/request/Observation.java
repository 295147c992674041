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
 */
@API(status = API.Status.STABLE)
public record Observation(String code, BigDecimal value, String unit, LocalDate date) {}
