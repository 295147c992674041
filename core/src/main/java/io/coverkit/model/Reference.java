package io.coverkit.model;

import java.io.Serializable;

/** A numbered reference, text verbatim. */
public record Reference(int number, String text, SourceRef at) implements Serializable {}
