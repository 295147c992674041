package io.coverkit.request;

import java.time.LocalDate;

/** A service the member already received (request contract v2), for frequency limits. */
public record PriorService(String system, String code, LocalDate date) {}
