package io.coverkit.dsl;

/** The blocks of a policy file; each keyword may appear in exactly one of them. */
public enum Block {
    /** The top of the file, outside any closure. */
    FILE("the top of the file"),
    GUIDELINE("a `guideline` block"),
    PROSE("a prose section"),
    POSITION_STATEMENT("`positionStatement`"),
    CRITERIA("a criteria block such as `anyOf` or `allOf`"),
    BILLING("`billingCoding`"),
    CODES("`codes`"),
    DOCUMENTATION("`documentation`"),
    PROGRAM_EXCEPTIONS("`programExceptions`"),
    OTHER("`other`"),
    REFERENCES("`references`"),
    UPDATE_HISTORY("`updateHistory`"),
    DRUGS("`drugList`"),
    DIAGNOSES("`diagnosisCodes`"),
    ELEMENTS("`prerequisite`"),
    SECTION("a `section` block"),
    TABLE("a `table` block"),
    THERAPY_CLASS("`therapyClass`");

    private final String description;

    Block(String description) {
        this.description = description;
    }

    /**
     * True when a keyword opening this block may be written without it: a therapy class whose
     * members the request names by the class has no member list to write.
     */
    public boolean mayBeLeftOut() {
        return this == THERAPY_CLASS;
    }

    /** How a message names the block. */
    public String description() {
        return description;
    }
}
