package io.coverkit.model;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A therapy class of the guideline's own registry, kept apart from the drug list: the classes step
 * therapy runs through that are not on the formulary (conventional DMARDs, topical corticosteroids,
 * phototherapy, a device trial). The registry says what counts as a therapy of the class; it is
 * not a preferred-drug table and is never rendered as one.
 *
 * <p>A request's therapy is of the class when its drug is one of {@code members}, or when the
 * request names the class itself (its {@code class} field), which is how a class without a member
 * list, or a therapy that is not a drug, is stated.
 *
 * @param id the class id criteria and requests name, such as {@code topical-corticosteroids}
 * @param text the class in the guideline's words, such as {@code topical corticosteroids}
 * @param kind what kind of therapy the class holds
 * @param members drug ids of the class; empty when the request names the class instead
 * @param reading how the class was drawn up where the text names no members, or empty
 */
public record TherapyClass(String id, String text, Kind kind, List<String> members, String reading, SourceRef at)
        implements Serializable {

    /** What kind of therapy a class holds; a request states the same kinds in upper case. */
    public enum Kind {
        /** Drugs, whether or not the drug list lists them. */
        DRUG,
        /** A procedure, such as phototherapy. */
        PROCEDURE,
        /** A device trial, such as a CPAP trial. */
        DEVICE,
        /** Anything else the text names as therapy, such as optimal medical therapy. */
        OTHER
    }

    /** The class in one line, for notes and diffs: its words, its kind, and its members or how a request states it. */
    public String describe() {
        String kinds = kind == Kind.DRUG ? "drugs" : kind.name().toLowerCase(java.util.Locale.ROOT) + " therapies";
        return text + " (" + kinds + "): " + (members.isEmpty() ? "a request states it by the class id"
                : "members " + String.join(", ", members) + ", or a request naming the class");
    }

    public TherapyClass {
        if (!ClauseId.isValid(id)) {
            throw new IllegalArgumentException("a therapy class id is lower-case words joined by hyphens, got " + id);
        }
        Objects.requireNonNull(kind, "a therapy class has a kind");
        text = text == null || text.isEmpty() ? id : text;
        members = List.copyOf(members);
        reading = reading == null ? "" : reading;
        if (kind != Kind.DRUG && !members.isEmpty()) {
            throw new IllegalArgumentException("only a class of drugs lists member drugs");
        }
        if (new HashSet<>(members).size() != members.size()) {
            throw new IllegalArgumentException("a therapy class lists each member once");
        }
    }
}
