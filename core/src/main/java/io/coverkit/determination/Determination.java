package io.coverkit.determination;

import io.coverkit.annotations.API;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The answer to a coverage request: the outcome, every finding behind it, what is missing, and
 * exactly which guideline revision and source decided it.
 *
 * @param revision the effective date of the revision in force, or null when none was
 * @param revisionBasis which date chose the revision
 * @param revisionDate that date: the date of service, or the as-of date named by the caller
 * @param sourceDigest {@code sha256:} of the policy file that decided
 * @param authorization the period an approval covers, when the guideline states a length of
 *     authorization and the outcome approves; null otherwise
 */
@API(status = API.Status.STABLE)
public record Determination(
        String guideline,
        LocalDate revision,
        LocalDate dateOfService,
        RevisionBasis revisionBasis,
        LocalDate revisionDate,
        Outcome outcome,
        List<Finding> findings,
        List<MissingDocument> missingDocuments,
        String sourceDigest,
        AuthorizationPeriod authorization) {

    /** A determination without an authorization period, as contract v1 describes it. */
    public Determination(String guideline, LocalDate revision, LocalDate dateOfService, RevisionBasis revisionBasis,
            LocalDate revisionDate, Outcome outcome, List<Finding> findings, List<MissingDocument> missingDocuments,
            String sourceDigest) {
        this(guideline, revision, dateOfService, revisionBasis, revisionDate, outcome, findings, missingDocuments,
                sourceDigest, null);
    }

    public Determination {
        Objects.requireNonNull(guideline, "a determination names its guideline");
        Objects.requireNonNull(outcome, "a determination has an outcome");
        Objects.requireNonNull(revisionBasis, "a determination says which date chose its revision");
        // A frozen FindingList can no longer change, so it is taken as it is rather than copied.
        findings = findings instanceof FindingList list && list.isFrozen() ? list : List.copyOf(findings);
        missingDocuments = List.copyOf(missingDocuments);
    }

    /** True when some finding cites the clause with short id {@code ref}. */
    public boolean cites(String ref) {
        return findings.stream().anyMatch(f -> f.ref().equals(ref));
    }

    /** The findings of one kind, in order. */
    public List<Finding> findings(FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }
}
