package io.coverkit.request;

import io.coverkit.annotations.API;

/**
 * Why a request cannot be decided: the JSON field at fault and what is wrong with it.
 *
 * @param field a path such as {@code member.lineOfBusiness} or {@code procedures[0].code}
 */
@API(status = API.Status.STABLE)
public record RequestError(String field, String message) {

    /** {@code field: message}, as the CLI prints it. */
    public String format() {
        return field + ": " + message;
    }
}
