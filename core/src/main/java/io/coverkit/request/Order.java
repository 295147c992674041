package io.coverkit.request;

import io.coverkit.annotations.API;
import java.time.LocalDate;

/**
 * An order for the requested service (request contract v2).
 *
 * @param orderedBy who wrote it: {@code PHYSICIAN} or {@code NON_PHYSICIAN_PRACTITIONER}, or empty
 * @param visit the visit it was written during, such as {@code counseling-visit}, or empty
 */
@API(status = API.Status.STABLE)
public record Order(String code, LocalDate date, boolean written, String orderedBy, String visit) {}
