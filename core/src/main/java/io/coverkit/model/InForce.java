package io.coverkit.model;

/**
 * Content that is in force only while its {@link Validity} says so: added by one revision of the
 * guideline, perhaps deleted by a later one. {@link Guideline#asOf} keeps what was in force.
 */
public interface InForce {

    /** When this is in force. */
    Validity validity();
}
