package io.coverkit.model;

import java.io.Serializable;

/**
 * A quantity the position statement defines from two observations: their product, such as
 * pack-years = packs per day times years smoked, or their ratio, such as FEV1 over FVC.
 *
 * @param ratio true for {@code factor / otherFactor}, false for {@code factor * otherFactor}
 */
public record DerivedQuantity(String name, String factor, String otherFactor, boolean ratio, SourceRef at)
        implements Serializable {

    /** A product of two observations. */
    public DerivedQuantity(String name, String factor, String otherFactor, SourceRef at) {
        this(name, factor, otherFactor, false, at);
    }

    /** The definition in words, such as {@code packs-per-day times years-smoked}. */
    public String describe() {
        return factor + (ratio ? " over " : " times ") + otherFactor;
    }
}
