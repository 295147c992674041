package io.coverkit.request;

import java.time.LocalDate;

/** A clinical document on file: its LOINC code and the date of its observations. */
public record Document(String loinc, LocalDate date) {}
