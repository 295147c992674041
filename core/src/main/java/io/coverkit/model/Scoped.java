package io.coverkit.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * Criteria that apply only to some requests: the first service of the guideline's codes, a later
 * one, or a request for one drug. Where the scope does not apply the criteria are met without
 * being tested, and the determination says why they were skipped.
 */
public record Scoped(Scope scope, Criterion criterion, SourceRef at) implements Criterion {

    /** Which requests the criteria apply to. */
    public sealed interface Scope extends Serializable permits InitialService, SubsequentService, RequestedDrug,
            RequestedStatus, StatedDiagnosis, RequestedClass {
        /** Plain-language form, such as {@code the initial service}. */
        String describe();

        /** The id fragment clauses and findings of the scope use, such as {@code initial}. */
        String id();
    }

    /**
     * The first service: the request states no earlier service of the guideline's codes before the
     * date of service.
     */
    public record InitialService() implements Scope {
        @Override
        public String describe() {
            return "the initial service";
        }

        @Override
        public String id() {
            return "initial";
        }
    }

    /** A later service: the request states an earlier service of the guideline's codes. */
    public record SubsequentService() implements Scope {
        @Override
        public String describe() {
            return "a subsequent service";
        }

        @Override
        public String id() {
            return "subsequent";
        }
    }

    /**
     * A request for one drug of the drug list.
     *
     * @param heading the published heading of these criteria, or empty
     * @param text the published text under the heading, before the criteria, or empty
     */
    public record RequestedDrug(String drug, String heading, String text) implements Scope {
        @Override
        public String describe() {
            return "a request for " + drug;
        }

        @Override
        public String id() {
            return drug;
        }
    }

    /**
     * A request for a drug of one status on the drug list, as a preferred drug list's
     * "Non-Preferred Criteria" apply to non-preferred drugs only.
     *
     * @param preferred true for preferred drugs, false for non-preferred ones
     */
    public record RequestedStatus(boolean preferred) implements Scope {
        @Override
        public String describe() {
            return "a request for a " + (preferred ? "preferred" : "non-preferred") + " drug";
        }

        @Override
        public String id() {
            return preferred ? "preferred" : "non-preferred";
        }
    }

    /**
     * A request whose diagnoses include one in a named diagnosis list, as a class's "Additional
     * Atopic Dermatitis Criteria" apply to atopic dermatitis only. A request that states no
     * diagnosis leaves it unknown whether they apply.
     *
     * @param list the diagnosis list, declared with {@code diagnosisCodes}
     */
    public record StatedDiagnosis(String list) implements Scope {
        @Override
        public String describe() {
            return "a diagnosis in " + list;
        }

        @Override
        public String id() {
            return list;
        }
    }

    /**
     * A request for a drug of one class of the therapy class registry, as "further TNF inhibitors
     * will not be authorized" applies to requests for TNF inhibitors only.
     *
     * @param therapyClass the class, declared with {@code therapyClass}
     */
    public record RequestedClass(String therapyClass) implements Scope {
        @Override
        public String describe() {
            return "a request for a drug of therapy class " + therapyClass;
        }

        @Override
        public String id() {
            return therapyClass;
        }
    }

    public Scoped {
        Objects.requireNonNull(scope, "scoped criteria need their scope");
        Objects.requireNonNull(criterion, "scoped criteria need their criterion");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.scoped(this);
    }
}
