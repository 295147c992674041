package io.coverkit.request;

import io.coverkit.annotations.API;
import java.time.LocalDate;

/** A dated clinical event (request contract v2), such as {@code quit-smoking} on a date. */
@API(status = API.Status.STABLE)
public record Event(String code, LocalDate date) {}
