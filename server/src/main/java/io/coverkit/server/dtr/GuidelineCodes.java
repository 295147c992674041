package io.coverkit.server.dtr;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.eval.Evaluator;
import io.coverkit.model.Drug;
import io.coverkit.model.Guideline;
import io.coverkit.model.ProcedureCode;
import io.coverkit.request.Procedure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which guidelines an order is about: those listing one of its CPT/HCPCS codes in any revision
 * (a code deleted or not yet added on the date of service still names the guideline, whose
 * decision then says NOT_APPLICABLE), and pharmacy guidelines whose drug list names the drug.
 */
final class GuidelineCodes {
    private GuidelineCodes() {}

    /** The loaded guidelines, sorted by id, that list any of the procedures' codes in any revision. */
    static List<Guideline> billing(GuidelineLibrary library, List<Procedure> procedures) {
        List<Guideline> found = new ArrayList<>();
        for (String id : library.guidelineIds()) {
            Optional<Evaluator> evaluator = library.evaluator(id);
            if (evaluator.isEmpty()) {
                continue;
            }
            Guideline g = evaluator.get().guideline();
            if (lists(g, procedures)) {
                found.add(g);
            }
        }
        return found;
    }

    private static boolean lists(Guideline g, List<Procedure> procedures) {
        for (ProcedureCode code : g.billing().codes()) {
            for (Procedure p : procedures) {
                if (code.system().equals(p.system()) && code.code().equalsIgnoreCase(p.code())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The loaded guidelines whose drug list names a drug by its id or name (case-insensitive). */
    static List<Guideline> dispensing(GuidelineLibrary library, List<String> drugNames) {
        List<Guideline> found = new ArrayList<>();
        for (String id : library.guidelineIds()) {
            Optional<Evaluator> evaluator = library.evaluator(id);
            if (evaluator.isEmpty()) {
                continue;
            }
            Guideline g = evaluator.get().guideline();
            if (drug(g, drugNames).isPresent()) {
                found.add(g);
            }
        }
        return found;
    }

    /** The drug of the guideline's list that one of the names says, if any. */
    static Optional<Drug> drug(Guideline g, List<String> names) {
        for (Drug d : g.formulary().drugs()) {
            for (String s : names) {
                if (s != null && (s.strip().equalsIgnoreCase(d.id()) || s.strip().equalsIgnoreCase(d.name()))) {
                    return Optional.of(d);
                }
            }
        }
        return Optional.empty();
    }
}
