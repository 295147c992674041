package io.coverkit.model;

import java.io.Serializable;
import java.time.LocalDate;

/** The committee approval statement and the date it names. */
public record CommitteeApproval(LocalDate date, String text, SourceRef at) implements Serializable {}
