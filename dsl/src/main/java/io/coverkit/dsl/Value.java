package io.coverkit.dsl;

import io.coverkit.model.SourceRef;
import io.coverkit.model.TimeSpan;

/** A literal argument read from a policy file, with where it was written. */
sealed interface Value permits Value.Text, Value.Bool, Value.Span, Value.Whole, Value.Decimal {

    /** Where the literal was written. */
    SourceRef at();

    /** A string literal. */
    record Text(String text, SourceRef at) implements Value {}

    /** {@code true} or {@code false}. */
    record Bool(boolean value, SourceRef at) implements Value {}

    /** A time span such as {@code 6.months}. */
    record Span(TimeSpan span, SourceRef at) implements Value {}

    /** A whole number; read so that its misuse gets a precise message. */
    record Whole(long value, SourceRef at) implements Value {}

    /** A decimal fraction written in plain digits, such as {@code 0.35}; kept exact, never a binary float. */
    record Decimal(java.math.BigDecimal value, SourceRef at) implements Value {}
}
