package io.coverkit.determination;

import io.coverkit.annotations.API;
import java.time.LocalDate;

/**
 * What in the request satisfied a requirement, such as the document and its date.
 *
 * @param field the request field that holds it, such as {@code documents[1]}
 */
@API(status = API.Status.STABLE)
public record Evidence(String field, String value, LocalDate date) {}
