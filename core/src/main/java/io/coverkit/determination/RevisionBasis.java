package io.coverkit.determination;

import io.coverkit.annotations.API;

/** Which date chose the revision a request was decided under. */
@API(status = API.Status.STABLE)
public enum RevisionBasis {
    /** The date of service: the usual case for claims. */
    DATE_OF_SERVICE,
    /** A date named explicitly, such as the day a prior authorization is reviewed. */
    AS_OF
}
