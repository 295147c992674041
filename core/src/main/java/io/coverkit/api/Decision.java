package io.coverkit.api;

import io.coverkit.annotations.API;
import io.coverkit.determination.Determination;
import io.coverkit.request.RequestError;
import java.util.List;

/** The result of asking for a decision: a determination, or the reasons the request was refused. */
@API(status = API.Status.STABLE)
public sealed interface Decision permits Decision.Decided, Decision.Rejected {

    /**
     * The request was decided.
     *
     * @param contractVersion the contract version the request declared (the current one when it
     *     declared none, or was not read from JSON): the version its determination is written for
     */
    record Decided(Determination determination, String contractVersion) implements Decision {
        public Decided {
            contractVersion = contractVersion == null ? io.coverkit.json.ContractVersion.CURRENT : contractVersion;
        }

        /** A decision for a caller of the current contract version. */
        public Decided(Determination determination) {
            this(determination, null);
        }
    }

    /**
     * The request was refused; each error names its field. No outcome is given. {@code brokenPolicies}
     * names the policy files with errors that may be why (the guideline the request names is in one
     * of them, or may be): then the request may well be sound and the policies are to be fixed.
     */
    record Rejected(List<RequestError> errors, List<String> brokenPolicies) implements Decision {
        public Rejected {
            errors = List.copyOf(errors);
            brokenPolicies = List.copyOf(brokenPolicies);
        }

        /** A request refused for what it holds. */
        public Rejected(List<RequestError> errors) {
            this(errors, List.of());
        }
    }
}
