package io.coverkit.model;

/**
 * Met when its criterion is not met: an exclusion list ({@code none}, "must not have any of") or an
 * exception to the criteria around it ({@code unless}, "not when all of"). Unknown stays unknown.
 *
 * @param keyword the keyword it was written with, {@code none} or {@code unless}, for rendering
 */
public record Not(Criterion criterion, String keyword, SourceRef at) implements Criterion {
    public Not {
        java.util.Objects.requireNonNull(criterion, "a negation needs its criterion");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.not(this);
    }
}
