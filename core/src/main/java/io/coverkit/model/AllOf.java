package io.coverkit.model;

import java.util.List;

/** Met when every one of its criteria is met. */
public record AllOf(List<Criterion> criteria, SourceRef at) implements Criterion {
    public AllOf {
        criteria = List.copyOf(criteria);
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("allOf needs at least one criterion");
        }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.allOf(this);
    }
}
