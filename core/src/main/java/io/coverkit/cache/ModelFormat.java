package io.coverkit.cache;

/**
 * The cache's file format for a validated model: a header ({@link #MAGIC}, {@link #VERSION}, the
 * guideline's id), then the model as a tree of tagged values. Records and enums are named once per
 * file and referred to by number after; strings are written once and referred to by number after
 * (every clause's source reference repeats its file's name). Only records and enums of the model
 * package may be named, and only the value types below occur, so a damaged or foreign file can at
 * worst fail to decode: it never names a class that is not model data.
 *
 * <p>Why not Java serialisation: a record is deserialised through method handles spun at run time,
 * hundreds of generated classes that no class-data archive holds; this format is read with plain
 * reflective constructor calls, in a few milliseconds. The two records every clause carries,
 * {@code SourceRef} and {@code Validity}, have tags of their own and are built directly: a
 * constructor called reflectively more than a few times has an accessor class generated for it.
 */
final class ModelFormat {

    /** {@code CKMD}: the first four bytes of every model file. */
    static final int MAGIC = 0x434B4D44;

    /** Raised whenever the encoding changes; an older file is then a miss, not a misreading. */
    static final int VERSION = 1;

    /** Nesting deeper than this is refused; the real models nest a dozen levels at most. */
    static final int MAX_DEPTH = 64;

    static final byte NULL = 0;
    static final byte STRING = 1;
    static final byte STRING_AGAIN = 2;
    static final byte INT = 3;
    static final byte TRUE = 4;
    static final byte FALSE = 5;
    static final byte DATE = 6;
    static final byte DECIMAL = 7;
    static final byte LIST = 8;
    static final byte ENUM = 9;
    static final byte RECORD = 10;
    static final byte SOURCE_REF = 11;
    static final byte VALIDITY = 12;

    /** The package whose records and enums a model file may name. */
    static final String MODEL_PACKAGE = "io.coverkit.model.";

    private ModelFormat() {}
}
