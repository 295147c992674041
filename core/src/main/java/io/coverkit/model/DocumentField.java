package io.coverkit.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * One labelled line of a document's information block, such as an LCD's {@code LCD ID} or
 * {@code Notice Period Start Date}, printed where it is written.
 *
 * @param label the label as published
 * @param value the value as published, or empty when the template takes it from the guideline
 *     itself (its id or number, its title, its original or revision effective date), so that a
 *     rendering as of any date prints the value in force then
 */
public record DocumentField(String label, String value, Validity validity, SourceRef at) implements Serializable, InForce {
    /** The document's number in force (an LCD's {@code L33718}), or the guideline's id. */
    public static final String ID = "LCD ID";
    /** The guideline's title. */
    public static final String TITLE = "LCD Title";
    /** The original effective date, as {@code For services performed on or after MM/dd/yyyy}. */
    public static final String ORIGINAL_EFFECTIVE_DATE = "Original Effective Date";
    /** The effective date of the revision in force, written like the original effective date. */
    public static final String REVISION_EFFECTIVE_DATE = "Revision Effective Date";
    /** The labels whose value the template takes from the guideline when the policy gives none. */
    public static final java.util.List<String> DERIVED = java.util.List.of(ID, TITLE, ORIGINAL_EFFECTIVE_DATE, REVISION_EFFECTIVE_DATE);

    public DocumentField {
        Objects.requireNonNull(label, "a document field needs a label");
        value = value == null ? "" : value;
        validity = validity == null ? Validity.ALWAYS : validity;
    }

    /** True when the template supplies the value from the guideline. */
    public boolean derived() {
        return value.isEmpty();
    }
}
