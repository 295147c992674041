package io.coverkit.api;

import io.coverkit.determination.Determination;
import io.coverkit.request.RequestError;
import java.util.List;

/** The result of asking for a decision: a determination, or the reasons the request was refused. */
public sealed interface Decision permits Decision.Decided, Decision.Rejected {

    /** The request was decided. */
    record Decided(Determination determination) implements Decision {}

    /** The request was malformed; each error names its field. No outcome is given. */
    record Rejected(List<RequestError> errors) implements Decision {
        public Rejected {
            errors = List.copyOf(errors);
        }
    }
}
