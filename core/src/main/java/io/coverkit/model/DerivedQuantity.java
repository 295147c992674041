package io.coverkit.model;

import java.io.Serializable;

/**
 * A quantity the position statement defines from two observations, such as pack-years =
 * packs per day times years smoked.
 */
public record DerivedQuantity(String name, String factor, String otherFactor, SourceRef at) implements Serializable {}
