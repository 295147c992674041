package io.coverkit.json;

/**
 * The limits a request must keep within. Requests are untrusted input, so {@link RequestReader}
 * checks every bound before it looks at a single field; a request that passes one is refused
 * with one request error (the first bound passed, in document order) and is read no further.
 * Nothing is ever cut short silently.
 *
 * <p>A valid request is a few hundred bytes with a few dozen values; the bounds leave room for
 * large claims and caller data under {@code extensions} while keeping the work and memory of
 * reading one request small and predictable.
 *
 * <p>Lengths of strings, field names and numbers are counted in characters (Unicode code points);
 * the request size in bytes of UTF-8. Depth counts objects and arrays that enclose a value, the
 * request object itself being level 1, so {@code extensions.a} is at level 3 when it is an
 * object or array.
 */
public final class RequestBounds {

    /** The largest request, in bytes of UTF-8: 1 MiB. */
    public static final int MAX_REQUEST_BYTES = 1 << 20;

    /** The deepest nesting of objects and arrays, the request object being level 1. */
    public static final int MAX_DEPTH = 32;

    /** The most items in one array. */
    public static final int MAX_ARRAY_ITEMS = 1_000;

    /** The most fields in one object. */
    public static final int MAX_FIELDS = 100;

    /** The most values in a whole request: objects, arrays, strings, numbers, booleans, nulls. */
    public static final int MAX_VALUES = 20_000;

    /** The longest string value, in characters. */
    public static final int MAX_STRING_LENGTH = 10_000;

    /** The longest field name, in characters. */
    public static final int MAX_NAME_LENGTH = 256;

    /** The longest number, in characters as written (sign, digits, point and exponent). */
    public static final int MAX_NUMBER_LENGTH = 100;

    /**
     * The most request errors listed for one request; past it, one more error at {@code $} says
     * how many were left out.
     */
    public static final int MAX_ERRORS = io.coverkit.request.RequestText.MAX_ERRORS;

    private RequestBounds() {}
}
