package io.coverkit.eval;

import io.coverkit.determination.Evidence;
import io.coverkit.determination.Finding;
import io.coverkit.determination.FindingKind;
import io.coverkit.model.DerivedQuantity;
import io.coverkit.model.MemberCriteria;
import io.coverkit.model.MemberCriterion;
import io.coverkit.request.Event;
import io.coverkit.request.Observation;
import java.math.BigDecimal;
import java.util.Optional;
import io.coverkit.request.CoverageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/**
 * A compiled criterion, three-valued. Indications present in a request arrive as a bit set (one bit
 * per indication of the guideline), so checking them allocates nothing; criteria about the member
 * read the request's stated facts, and a fact the request does not state is unknown.
 */
public sealed interface CriterionCheck
        permits CriterionCheck.IndicationCheck, CriterionCheck.AnyCheck, CriterionCheck.AllCheck, CriterionCheck.MemberCheck {

    /**
     * Whether the criterion holds; adds a finding for every met indication and for every member
     * criterion, so every child is visited even after the answer is known.
     */
    Truth test(long present, CoverageRequest request, List<Finding> findings);

    /** Met when bit {@code bit} is set; {@code met} is the finding it reports. */
    record IndicationCheck(int bit, Finding met) implements CriterionCheck {
        @Override
        public Truth test(long present, CoverageRequest request, List<Finding> findings) {
            if ((present & (1L << bit)) != 0) {
                findings.add(met);
                return Truth.MET;
            }
            return Truth.NOT_MET;
        }
    }

    /** Met when any child is met. */
    record AnyCheck(List<CriterionCheck> children) implements CriterionCheck {
        @Override
        public Truth test(long present, CoverageRequest request, List<Finding> findings) {
            Truth any = Truth.NOT_MET;
            for (CriterionCheck child : children) {
                any = any.or(child.test(present, request, findings));
            }
            return any;
        }
    }

    /** Met when every child is met. */
    record AllCheck(List<CriterionCheck> children) implements CriterionCheck {
        @Override
        public Truth test(long present, CoverageRequest request, List<Finding> findings) {
            Truth all = Truth.MET;
            for (CriterionCheck child : children) {
                all = all.and(child.test(present, request, findings));
            }
            return all;
        }
    }

    /** A criterion about the member; its findings say which fact decided it, in words. */
    record MemberCheck(MemberCriterion criterion, String clause, List<DerivedQuantity> derived, java.util.Set<String> codes)
            implements CriterionCheck {
        @Override
        public Truth test(long present, CoverageRequest request, List<Finding> findings) {
            LocalDate dos = request.dateOfService();
            String because;
            Truth truth;
            Evidence evidence;
            if (criterion.test() instanceof MemberCriterion.AgeRange range) {
                OptionalInt age = request.member().ageOn(dos);
                evidence = new Evidence("member.birthDate", String.valueOf(request.member().birthDate()),
                        request.member().birthDate());
                if (age.isEmpty()) {
                    truth = Truth.UNKNOWN;
                    because = "age on " + dos + " is not known: the request gives no birth date";
                } else if (range.min() != null && age.getAsInt() < range.min()) {
                    truth = Truth.NOT_MET;
                    because = "age " + age.getAsInt() + " on " + dos + " is under " + range.min();
                } else if (range.max() != null && age.getAsInt() > range.max()) {
                    truth = Truth.NOT_MET;
                    because = "age " + age.getAsInt() + " on " + dos + " is over " + range.max();
                } else {
                    truth = Truth.MET;
                    because = "age " + age.getAsInt() + " on " + dos + " is within " + bounds(range);
                }
            } else if (criterion.test() instanceof MemberCriterion.Sex sex) {
                String stated = request.member().sex();
                evidence = new Evidence("member.sex", String.valueOf(stated), null);
                if (stated == null || stated.equals("U")) {
                    truth = Truth.UNKNOWN;
                    because = "sex is not known from the request";
                } else {
                    truth = stated.equals(sex.sex()) ? Truth.MET : Truth.NOT_MET;
                    because = "sex " + stated + (truth == Truth.MET ? " is " : " is not ") + sex.sex();
                }
            } else if (criterion.test() instanceof MemberCriterion.Threshold threshold) {
                Optional<BigDecimal> value = quantity(threshold.quantity(), request);
                evidence = new Evidence("observations", threshold.quantity() + " = " + value.map(BigDecimal::toPlainString).orElse("?"), null);
                if (value.isEmpty()) {
                    truth = Truth.UNKNOWN;
                    because = "`" + threshold.quantity() + "` is not stated in the request's observations";
                } else {
                    int c = value.get().compareTo(threshold.bound());
                    boolean met = threshold.atLeast() ? (threshold.inclusive() ? c >= 0 : c > 0) : (threshold.inclusive() ? c <= 0 : c < 0);
                    truth = met ? Truth.MET : Truth.NOT_MET;
                    because = threshold.quantity() + " " + value.get().stripTrailingZeros().toPlainString() + (met ? " meets " : " fails ")
                            + MemberCriteria.describe(threshold);
                }
            } else if (criterion.test() instanceof MemberCriterion.Frequency frequency) {
                LocalDate after = frequency.per().before(dos);
                io.coverkit.request.PriorService blocking = null;
                int field = -1;
                for (int i = 0; i < request.priorServices().size(); i++) {
                    io.coverkit.request.PriorService p = request.priorServices().get(i);
                    if (codes.contains(p.system() + " " + p.code()) && p.date().isBefore(dos) && p.date().isAfter(after)
                            && (blocking == null || p.date().isAfter(blocking.date()))) {
                        blocking = p;
                        field = i;
                    }
                }
                if (blocking == null) {
                    truth = Truth.MET;
                    because = "no prior service of this guideline's codes is stated after " + after;
                    evidence = new Evidence("priorServices", "none after " + after, null);
                } else {
                    truth = Truth.NOT_MET;
                    because = blocking.system() + " " + blocking.code() + " on " + blocking.date() + " is less than "
                            + frequency.per().describe() + " before " + dos;
                    evidence = new Evidence("priorServices[" + field + "]", blocking.system() + " " + blocking.code(), blocking.date());
                }
            } else if (criterion.test() instanceof MemberCriterion.Since since) {
                LocalDate latest = null;
                int field = -1;
                for (int i = 0; i < request.events().size(); i++) {
                    Event e = request.events().get(i);
                    if (e.code().equals(since.event()) && !e.date().isAfter(dos) && (latest == null || e.date().isAfter(latest))) {
                        latest = e.date();
                        field = i;
                    }
                }
                LocalDate earliest = since.within().before(dos);
                evidence = new Evidence(field < 0 ? "events" : "events[" + field + "]", since.event(), latest);
                if (latest == null) {
                    truth = Truth.UNKNOWN;
                    because = "no `" + since.event() + "` event on or before " + dos + " is stated";
                } else {
                    boolean within = since.inclusive() ? !latest.isBefore(earliest) : latest.isAfter(earliest);
                    truth = within ? Truth.MET : Truth.NOT_MET;
                    because = since.event() + " on " + latest + (within ? " is within " : " is more than ") + since.within().describe()
                            + " before " + dos;
                }
            } else {
                String name = ((MemberCriterion.Fact) criterion.test()).name();
                Boolean stated = request.facts().get(name);
                evidence = new Evidence("facts." + name, String.valueOf(stated), null);
                if (stated == null) {
                    truth = Truth.UNKNOWN;
                    because = "`" + name + "` is not stated in the request";
                } else {
                    truth = stated ? Truth.MET : Truth.NOT_MET;
                    because = "`" + name + "` is " + stated;
                }
            }
            FindingKind kind = switch (truth) {
                case MET -> FindingKind.CRITERION_MET;
                case NOT_MET -> FindingKind.CRITERION_NOT_MET;
                case UNKNOWN -> FindingKind.FACT_UNKNOWN;
            };
            String text = (criterion.text().isEmpty() ? because : criterion.text() + " (" + because + ")")
                    + (criterion.reading().isEmpty() ? "" : " [reading: " + criterion.reading() + "]");
            findings.add(new Finding(kind, criterion.id(), clause, text, criterion.section(), List.of(evidence)));
            return truth;
        }

        /** The latest observation of {@code name} on or before the date of service, or the derived product. */
        private Optional<BigDecimal> quantity(String name, CoverageRequest request) {
            for (DerivedQuantity d : derived) {
                if (d.name().equals(name)) {
                    Optional<BigDecimal> a = observed(d.factor(), request);
                    Optional<BigDecimal> b = observed(d.otherFactor(), request);
                    return a.isPresent() && b.isPresent() ? Optional.of(a.get().multiply(b.get())) : Optional.empty();
                }
            }
            return observed(name, request);
        }

        private static Optional<BigDecimal> observed(String code, CoverageRequest request) {
            Observation best = null;
            for (Observation o : request.observations()) {
                if (o.code().equals(code) && (o.date() == null || !o.date().isAfter(request.dateOfService()))
                        && (best == null || (o.date() != null && (best.date() == null || o.date().isAfter(best.date()))))) {
                    best = o;
                }
            }
            return Optional.ofNullable(best).map(Observation::value);
        }

        private static String bounds(MemberCriterion.AgeRange range) {
            if (range.min() != null && range.max() != null) {
                return range.min() + " to " + range.max();
            }
            return range.min() != null ? "at least " + range.min() : "at most " + range.max();
        }
    }
}
