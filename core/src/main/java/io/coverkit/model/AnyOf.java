package io.coverkit.model;

import java.util.List;

/** Met when at least one of its criteria is met ("for the following indications"). */
public record AnyOf(List<Criterion> criteria, SourceRef at) implements Criterion {
    public AnyOf {
        // May be empty only in a revision where every criterion it held was deleted: then never met.
        criteria = List.copyOf(criteria);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.anyOf(this);
    }
}
