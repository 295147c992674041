package io.coverkit.model;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A recorded correction: on {@code date}, content already in force on past dates was changed on
 * purpose, for the stated reason. Without one, changing the past is an error.
 */
public record Correction(LocalDate date, String reason, SourceRef at) implements Serializable {}
