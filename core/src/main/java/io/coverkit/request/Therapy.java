package io.coverkit.request;

import io.coverkit.annotations.API;
import java.time.LocalDate;

/**
 * A prior or current therapy (request contract v2), for step therapy and caps: a drug, or a
 * therapy stated by its class alone, such as phototherapy or a device trial.
 *
 * @param drug the drug's id, or empty for a therapy stated by its class alone
 * @param drugClass the class, such as {@code bisphosphonates} or {@code phototherapy}, or empty
 * @param end the last day of therapy, or null while it goes on
 * @param kind what kind of therapy it is; {@link Kind#DRUG} when the request does not say
 */
@API(status = API.Status.STABLE)
public record Therapy(String drug, String drugClass, LocalDate start, LocalDate end, Outcome outcome, Kind kind) {

    /** How the therapy went. */
    public enum Outcome {
        ONGOING,
        COMPLETED,
        FAILURE,
        INTOLERANCE,
        ALLERGY,
        CONTRAINDICATION
    }

    /** What kind of therapy it is. */
    public enum Kind {
        /** A drug. */
        DRUG,
        /** A procedure, such as phototherapy. */
        PROCEDURE,
        /** A device trial. */
        DEVICE,
        /** Any other therapy, such as optimal medical therapy. */
        OTHER
    }

    public Therapy {
        drug = drug == null ? "" : drug;
        drugClass = drugClass == null ? "" : drugClass;
        kind = kind == null ? Kind.DRUG : kind;
    }

    /** A drug therapy. */
    public Therapy(String drug, String drugClass, LocalDate start, LocalDate end, Outcome outcome) {
        this(drug, drugClass, start, end, outcome, Kind.DRUG);
    }

    /** What the therapy is called in findings: its drug, or its class when it names no drug. */
    public String label() {
        return drug.isEmpty() ? drugClass : drug;
    }
}
