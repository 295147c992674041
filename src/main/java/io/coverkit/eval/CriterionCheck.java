package io.coverkit.eval;

import io.coverkit.determination.Finding;
import java.util.List;

/**
 * A compiled criterion. Indications present in a request arrive as a bit set (one bit per
 * indication of the guideline), so checking allocates nothing.
 */
public sealed interface CriterionCheck permits CriterionCheck.IndicationCheck, CriterionCheck.AnyCheck, CriterionCheck.AllCheck {

    /**
     * Whether the criterion holds for the present indications; adds a finding for every met
     * indication, so every child is visited even after the answer is known.
     */
    boolean test(long present, List<Finding> findings);

    /** Met when bit {@code bit} is set; {@code met} is the finding it reports. */
    record IndicationCheck(int bit, Finding met) implements CriterionCheck {
        @Override
        public boolean test(long present, List<Finding> findings) {
            if ((present & (1L << bit)) != 0) {
                findings.add(met);
                return true;
            }
            return false;
        }
    }

    /** Met when any child is met. */
    record AnyCheck(List<CriterionCheck> children) implements CriterionCheck {
        @Override
        public boolean test(long present, List<Finding> findings) {
            boolean any = false;
            for (CriterionCheck child : children) {
                any |= child.test(present, findings);
            }
            return any;
        }
    }

    /** Met when every child is met. */
    record AllCheck(List<CriterionCheck> children) implements CriterionCheck {
        @Override
        public boolean test(long present, List<Finding> findings) {
            boolean all = true;
            for (CriterionCheck child : children) {
                all &= child.test(present, findings);
            }
            return all;
        }
    }
}
