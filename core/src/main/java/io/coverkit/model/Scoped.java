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
    public sealed interface Scope extends Serializable permits InitialService, SubsequentService, RequestedDrug {
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

    public Scoped {
        Objects.requireNonNull(scope, "scoped criteria need their scope");
        Objects.requireNonNull(criterion, "scoped criteria need their criterion");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.scoped(this);
    }
}
