package io.coverkit.request;

import java.time.LocalDate;

/** A dated clinical event (request contract v2), such as {@code quit-smoking} on a date. */
public record Event(String code, LocalDate date) {}
