package io.coverkit.model;

import java.util.List;

/** Met when at least one of its criteria is met ("for the following indications"). */
public record AnyOf(List<Criterion> criteria, SourceRef at) implements Criterion {
    public AnyOf {
        criteria = List.copyOf(criteria);
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("anyOf needs at least one criterion");
        }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.anyOf(this);
    }
}
