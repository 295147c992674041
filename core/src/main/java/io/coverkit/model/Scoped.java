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
            RequestedCodes, RequestedStatus, StatedDiagnosis, RequestedClass {
        /** Plain-language form, such as {@code the initial service}. */
        String describe();

        /** The id fragment clauses and findings of the scope use, such as {@code initial}. */
        String id();

        /** The published heading of the scope's criteria, or empty. */
        default String heading() {
            return "";
        }

        /** The published text under the heading, before the criteria, or empty. */
        default String text() {
            return "";
        }
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
     * A request for some procedure codes: the codes named, the codes of a group the billing section
     * declares, or both; and, when {@code modifier} is given, only a procedure line carrying it
     * (such as {@code RR}, a rental). With neither codes nor a group, any code of the guideline's.
     *
     * @param group a code group's name, or null
     * @param modifier the modifier the line must carry, or null
     * @param heading the published heading of these criteria, or empty
     * @param text the published text under the heading, before the criteria, or empty
     */
    public record RequestedCodes(java.util.List<String> codes, String group, String modifier, String heading, String text)
            implements Scope {
        public RequestedCodes {
            codes = java.util.List.copyOf(codes);
            heading = heading == null ? "" : heading;
            text = text == null ? "" : text;
            if (codes.isEmpty() && group == null && modifier == null) {
                throw new IllegalArgumentException("a code scope needs codes, a group or a modifier");
            }
        }

        /** What the scope admits, such as {@code E0470 or E0471} or {@code a code of group bilevel}. */
        public String codesDescribed() {
            java.util.List<String> parts = new java.util.ArrayList<>(codes);
            if (group != null) {
                parts.add("a code of group " + group);
            }
            return parts.isEmpty() ? "a code of the guideline's" : String.join(" or ", parts);
        }

        @Override
        public String describe() {
            return "a request for " + codesDescribed() + (modifier == null ? "" : " with modifier " + modifier);
        }

        @Override
        public String id() {
            String what = !codes.isEmpty() ? String.join("-", codes) : group != null ? group : "codes";
            return (what + (modifier == null ? "" : "-" + modifier)).toLowerCase(java.util.Locale.ROOT);
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
