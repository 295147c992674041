package io.coverkit.determination;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The findings of one determination while it is decided: a growable list that a
 * {@link Determination} takes over as it is, without copying, once {@link #freeze() frozen}.
 *
 * <p>An evaluator decides millions of requests; copying each answer's findings into an immutable
 * list twice (as {@code List.copyOf} of an {@code ArrayList} does) was a measurable part of a
 * decision. After {@link #freeze()} the list refuses every change, so a determination holding it
 * is as immutable as one holding a copy. Not thread-safe while being filled; safe to share once
 * frozen.
 */
public final class FindingList extends AbstractList<Finding> implements RandomAccess {

    private Finding[] items;
    private int size;
    private boolean frozen;

    /** An empty list with room for {@code capacity} findings before it grows. */
    public FindingList(int capacity) {
        items = new Finding[Math.max(1, capacity)];
    }

    @Override
    public boolean add(Finding finding) {
        changeable();
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = Objects.requireNonNull(finding, "a finding");
        return true;
    }

    @Override
    public Finding set(int index, Finding finding) {
        changeable();
        Objects.checkIndex(index, size);
        Finding old = items[index];
        items[index] = Objects.requireNonNull(finding, "a finding");
        return old;
    }

    @Override
    public Finding get(int index) {
        Objects.checkIndex(index, size);
        return items[index];
    }

    @Override
    public int size() {
        return size;
    }

    /** Makes the list unchangeable from now on and returns it. */
    public FindingList freeze() {
        frozen = true;
        return this;
    }

    /** True once {@link #freeze()} has been called. */
    public boolean isFrozen() {
        return frozen;
    }

    private void changeable() {
        if (frozen) {
            throw new UnsupportedOperationException("the findings of a decided request cannot change");
        }
    }
}
