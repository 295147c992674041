package io.coverkit.determination;

import io.coverkit.annotations.API;
import java.time.LocalDate;

/**
 * A required document with no entry dated inside its window.
 *
 * @param notBefore the earliest date that would have counted
 * @param notAfter the latest date that would have counted (the date of service)
 */
@API(status = API.Status.STABLE)
public record MissingDocument(String loinc, String name, LocalDate notBefore, LocalDate notAfter) {}
