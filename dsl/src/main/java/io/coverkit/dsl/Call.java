package io.coverkit.dsl;

import io.coverkit.model.SourceRef;
import io.coverkit.model.TimeSpan;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One vocabulary call read from a policy file, its arguments checked against its keyword. The
 * reader builds a tree of these; the model builder turns the tree into the model.
 */
record Call(Keyword keyword, List<Value> positional, Map<String, Value> named, List<Call> body, SourceRef at) {

    String name() {
        return keyword.name();
    }

    Optional<Value> arg(int index) {
        return index < positional.size() ? Optional.of(positional.get(index)) : Optional.empty();
    }

    String text(int index) {
        return arg(index).map(Call::asText).orElse("");
    }

    String text(String key) {
        return Optional.ofNullable(named.get(key)).map(Call::asText).orElse("");
    }

    LocalDate date(int index) {
        return LocalDate.parse(text(index));
    }

    LocalDate date(String key) {
        return LocalDate.parse(text(key));
    }

    Optional<TimeSpan> span(String key) {
        return Optional.ofNullable(named.get(key)).map(v -> ((Value.Span) v).span());
    }

    /** A number argument, whole or decimal, exactly as written. */
    Optional<java.math.BigDecimal> number(String key) {
        return Optional.ofNullable(named.get(key)).map(v -> v instanceof Value.Decimal d ? d.value()
                : java.math.BigDecimal.valueOf(((Value.Whole) v).value()));
    }

    Optional<Boolean> bool(String key) {
        return Optional.ofNullable(named.get(key)).map(v -> ((Value.Bool) v).value());
    }

    /** Calls of the body with the given keyword name, in written order. */
    List<Call> children(String keyword) {
        return body.stream().filter(c -> c.name().equals(keyword)).toList();
    }

    Optional<Call> child(String keyword) {
        return body.stream().filter(c -> c.name().equals(keyword)).findFirst();
    }

    private static String asText(Value value) {
        return value instanceof Value.Text t ? t.text() : "";
    }
}
