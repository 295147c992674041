package io.coverkit.server.crd;

/** A hook request that cannot be answered as sent: the JSON field at fault and what is wrong with it. */
final class BadHookRequest extends Exception {
    private static final long serialVersionUID = 1L;

    private final String field;

    BadHookRequest(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    /** The JSON path of the field, such as {@code context.draftOrders.entry[2].resource.code}. */
    String field() {
        return field;
    }
}
