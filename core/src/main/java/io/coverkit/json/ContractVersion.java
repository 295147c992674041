package io.coverkit.json;

import java.util.List;

/**
 * The version of the wire contract: the request a caller sends and the determination (or request
 * errors) it gets back. A request may say which version it is written in ({@code contractVersion},
 * optional, {@link #CURRENT} when left out); every determination and every list of request errors
 * says the version it is written in, always {@link #CURRENT}.
 *
 * <p>A version is a whole number written as a JSON string, such as {@code "2"}: the contract was
 * already called v1 and v2, and a string cannot be spelt two ways ({@code 2} and {@code 2.0}). A
 * version only ever adds to the one before it (fields, outcomes, finding kinds), so each version
 * reads every earlier version's requests with the same meaning, and a consumer of an earlier
 * version reads a later determination by ignoring what it does not know (docs/compatibility.md).
 *
 * <p>The JSON Schemas (draft 2020-12) of both sides of the current version are in this artifact,
 * at {@link #REQUEST_SCHEMA} and {@link #DETERMINATION_SCHEMA}.
 */
public final class ContractVersion {

    /** The name of the field that carries the version, in requests and in everything written back. */
    public static final String FIELD = "contractVersion";

    /** The version this library writes, and reads a request as when it does not say. */
    public static final String CURRENT = "2";

    /**
     * The versions a request may declare, oldest first. Version 1 is the original request; version
     * 2 added {@link #ADDED_IN_2 facts, observations and the other fields of pharmacy and screening
     * guidelines} and the determination's {@code authorization}.
     */
    public static final List<String> SUPPORTED = List.of("1", "2");

    /**
     * The top-level request fields version 2 added; a request that declares version 1 may not use
     * them (nor {@code documents[].elements}), since a version 1 caller cannot mean them.
     */
    public static final List<String> ADDED_IN_2 =
            List.of("facts", "observations", "events", "priorServices", "therapies", "orders", "priorAuthorization", "complete",
                    "placeOfService", "authorizations", "studies");

    /** The class-path resource holding the JSON Schema of a request. */
    public static final String REQUEST_SCHEMA = "io/coverkit/schema/request.schema.json";

    /** The class-path resource holding the JSON Schema of a determination. */
    public static final String DETERMINATION_SCHEMA = "io/coverkit/schema/determination.schema.json";

    /** The class-path resource holding the JSON Schema of the request errors a malformed request gets. */
    public static final String REQUEST_ERRORS_SCHEMA = "io/coverkit/schema/request-errors.schema.json";

    private ContractVersion() {}

    /**
     * The outcome a determination says to a caller of {@code version}: the outcome itself, but for
     * a caller of version 1 and an outcome version 2 added for statements of the guideline
     * (docs/compatibility.md, "Outcomes for version 1 callers"), which that caller reads as the
     * version 1 outcome that acts the same way: {@code NOT_COVERED_AS_SUBMITTED} as
     * {@code NOT_MEDICALLY_NECESSARY} (not paid as billed), {@code PRIOR_AUTHORIZATION_REQUIRED} and
     * {@code PEND_FOR_REVIEW} as {@code INSUFFICIENT_DOCUMENTATION} (not approved on what was sent,
     * not a denial on the merits), {@code COVERED_UNDER_STUDY} as {@code MEETS_MEDICAL_NECESSITY}
     * (covered). The determination then also carries {@code detailedOutcome}, the outcome itself.
     */
    public static io.coverkit.determination.Outcome outcomeFor(io.coverkit.determination.Outcome outcome, String version) {
        if (!"1".equals(version)) {
            return outcome;
        }
        return switch (outcome) {
            case NOT_COVERED_AS_SUBMITTED -> io.coverkit.determination.Outcome.NOT_MEDICALLY_NECESSARY;
            case PRIOR_AUTHORIZATION_REQUIRED, PEND_FOR_REVIEW -> io.coverkit.determination.Outcome.INSUFFICIENT_DOCUMENTATION;
            case COVERED_UNDER_STUDY -> io.coverkit.determination.Outcome.MEETS_MEDICAL_NECESSITY;
            case MEETS_MEDICAL_NECESSITY, NOT_MEDICALLY_NECESSARY, INSUFFICIENT_DOCUMENTATION, DEFER_TO_PROGRAM, NOT_APPLICABLE,
                    REVISION_CONTENT_UNKNOWN, NEEDS_MORE_INFORMATION, EXPERIMENTAL_INVESTIGATIONAL, NO_PRIOR_AUTHORIZATION_REQUIRED ->
                    outcome;
        };
    }

    /** The supported versions as a reader would say them: {@code 1 and 2}. */
    static String supportedInWords() {
        int last = SUPPORTED.size() - 1;
        return last == 0 ? SUPPORTED.get(0) : String.join(", ", SUPPORTED.subList(0, last)) + " and " + SUPPORTED.get(last);
    }
}
