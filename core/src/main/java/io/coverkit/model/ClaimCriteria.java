package io.coverkit.model;

import java.util.List;
import java.util.Objects;

/**
 * The tests of claim context criteria: what the claim or the prior-authorization request itself
 * says (modifiers, units, place of service, prescriber, dispensing channel, authorizations on
 * file, elements a document on file records), as opposed to clinical facts about the member.
 *
 * <p>A claim's procedure lines are its record: a modifier that no line carries is known absent,
 * so {@link Modifier} is never unknown. The other tests read fields a request may leave out, and
 * are unknown when it does.
 */
public final class ClaimCriteria {
    private ClaimCriteria() {}

    /**
     * Which of the request's procedures a test looks at: those of one code, of a code group the
     * billing section declares, or (both null) of any code the guideline lists in force on the date
     * of service.
     */
    public record CodeFilter(String code, String group) implements java.io.Serializable {
        /** Every code of the guideline in force. */
        public static final CodeFilter GUIDELINE_CODES = new CodeFilter(null, null);

        /** Plain-language form, such as {@code a procedure of group bilevel}. */
        public String describe() {
            return code != null ? "a procedure " + code : group != null ? "a procedure of group " + group
                    : "a procedure of the guideline's codes";
        }
    }

    /** A procedure the filter admits carries one of {@code modifiers} (any of them). */
    public record Modifier(List<String> modifiers, CodeFilter codes) implements MemberCriterion.Test {
        public Modifier {
            modifiers = List.copyOf(modifiers);
            Objects.requireNonNull(codes, "a modifier test needs its code filter");
            if (modifiers.isEmpty()) {
                throw new IllegalArgumentException("a modifier test needs at least one modifier");
            }
        }
    }

    /**
     * The units the request asks for, of the procedures the filter admits, within bounds (each
     * inclusive, null when open); with {@code per}, the units of prior services of those codes less
     * than {@code per} before the date of service count too.
     */
    public record Units(Integer min, Integer max, TimeSpan per, CodeFilter codes) implements MemberCriterion.Test {
        public Units {
            Objects.requireNonNull(codes, "a units test needs its code filter");
            if (min == null && max == null) {
                throw new IllegalArgumentException("a units test needs a minimum, a maximum or both");
            }
        }
    }

    /** The claim's place of service (a two-digit CMS code) is one of {@code codes}. */
    public record PlaceOfService(List<String> codes) implements MemberCriterion.Test {
        public PlaceOfService {
            codes = List.copyOf(codes);
        }
    }

    /**
     * The prescriber's specialty is one of {@code specialties}, or one of their credentials is one of
     * {@code credentials}; with {@code consultation}, a specialty the prescriber consulted also
     * counts ("prescribed by or in consultation with").
     */
    public record Prescriber(List<String> specialties, List<String> credentials, boolean consultation) implements MemberCriterion.Test {
        public Prescriber {
            specialties = List.copyOf(specialties);
            credentials = List.copyOf(credentials);
            if (specialties.isEmpty() && credentials.isEmpty()) {
                throw new IllegalArgumentException("a prescriber test needs a specialty or a credential");
            }
        }
    }

    /** The dispensing channel of the prior-authorization request is one of {@code channels}. */
    public record Channel(List<String> channels) implements MemberCriterion.Test {
        public Channel {
            channels = List.copyOf(channels);
        }
    }

    /**
     * An authorization on file for the requested service (the requested drug, or a code of the
     * guideline's): one started on or before the date of service; with {@code current}, one whose
     * period includes it; with {@code within}, one current or ended less than that span before it.
     */
    public record AuthorizationOnFile(boolean current, TimeSpan within) implements MemberCriterion.Test {}

    /**
     * A document on file, dated on or before the date of service (and of the LOINC code, when
     * given), records the element, such as {@code excessive-daytime-sleepiness}.
     */
    public record Documented(String element, String loinc) implements MemberCriterion.Test {
        public Documented {
            loinc = loinc == null ? "" : loinc;
        }
    }

    /**
     * The claim bills one of {@code codes} or a code of {@code group} (any code of the guideline's
     * when neither), carrying {@code modifier} when given: what a statement about a code ("claims for
     * A9279 are denied") tests. Never unknown: the claim's lines are its record.
     */
    public record Billed(List<String> codes, String group, String modifier) implements MemberCriterion.Test {
        public Billed {
            codes = List.copyOf(codes);
            if (codes.isEmpty() && group == null && modifier == null) {
                throw new IllegalArgumentException("a billed test needs codes, a group or a modifier");
            }
        }

        /** The same procedures as a code scope admits. */
        public Scoped.RequestedCodes asScope() {
            return new Scoped.RequestedCodes(codes, group, modifier, "", "");
        }
    }

    /** The test in words, such as {@code modifier KX on a procedure of the guideline's codes}; null for other tests. */
    public static String describe(MemberCriterion.Test test) {
        if (test instanceof Modifier m) {
            return "modifier " + String.join(" or ", m.modifiers()) + " on " + m.codes().describe();
        }
        if (test instanceof Units u) {
            String bounds = u.min() != null && u.max() != null ? u.min() + " to " + u.max()
                    : u.min() != null ? "at least " + u.min() : "at most " + u.max();
            return bounds + " units of " + u.codes().describe().substring(2) + (u.per() == null ? "" : " per " + u.per().describe());
        }
        if (test instanceof PlaceOfService p) {
            return "place of service " + String.join(" or ", p.codes());
        }
        if (test instanceof Prescriber p) {
            List<String> who = new java.util.ArrayList<>(p.specialties());
            for (String c : p.credentials()) {
                who.add("a prescriber with credential " + c);
            }
            return "prescribed by " + (p.consultation() ? "or in consultation with " : "") + String.join(" or ", who);
        }
        if (test instanceof Channel c) {
            return "dispensed through " + String.join(" or ", c.channels());
        }
        if (test instanceof AuthorizationOnFile a) {
            return a.current() ? "a current authorization on file"
                    : a.within() != null ? "an authorization on file current or ended within " + a.within().describe()
                    : "an authorization on file";
        }
        if (test instanceof Billed b) {
            Scoped.RequestedCodes scope = b.asScope();
            return "billed " + scope.codesDescribed() + (b.modifier() == null ? "" : " with modifier " + b.modifier());
        }
        if (test instanceof Documented d) {
            return "a document" + (d.loinc().isEmpty() ? "" : " (LOINC " + d.loinc() + ")") + " recording " + d.element();
        }
        return null;
    }
}
