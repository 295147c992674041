package io.coverkit.eval;

/**
 * {@code prefix[i]}: the names of a request list's fields that evidence cites, built once for the
 * first positions, since a decision would otherwise build the same strings again and again.
 */
final class FieldNames {
    static final int PREBUILT = 8;
    static final FieldNames PROCEDURES = new FieldNames("procedures");
    static final FieldNames DOCUMENTS = new FieldNames("documents");

    private final String prefix;
    private final String[] names = new String[PREBUILT];

    private FieldNames(String prefix) {
        this.prefix = prefix;
        for (int i = 0; i < PREBUILT; i++) {
            names[i] = prefix + "[" + i + "]";
        }
    }

    String field(int i) {
        return i < PREBUILT ? names[i] : prefix + "[" + i + "]";
    }
}
