package io.coverkit.eval;

import io.coverkit.model.DerivedQuantity;
import io.coverkit.model.DiagnosisList;
import io.coverkit.model.Drug;
import io.coverkit.model.Guideline;
import io.coverkit.model.ProcedureCode;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.PriorService;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What member criteria of one revision read besides the request: its derived quantities, its codes
 * (as {@code SYSTEM CODE}), its drug list by id, its diagnosis lists by name, the request fields
 * it declares closed-world and its therapy class registry.
 */
public record RevisionContext(
        List<DerivedQuantity> derived, Set<String> codes, Map<String, Drug> drugs, Map<String, DiagnosisList> diagnosisLists,
        ServiceCodes serviceCodes, DrugTable drugTable, Set<String> closedWorld, Map<String, ServiceCodes> codeGroups,
        TherapyRegistry therapyRegistry) {

    public RevisionContext {
        derived = List.copyOf(derived);
        codes = Set.copyOf(codes);
        drugs = Map.copyOf(drugs);
        diagnosisLists = Map.copyOf(diagnosisLists);
        serviceCodes = ServiceCodes.of(codes);
        drugTable = new DrugTable(drugs);
        closedWorld = closedWorld == null ? Set.of() : Set.copyOf(closedWorld);
        codeGroups = codeGroups == null ? Map.of() : Map.copyOf(codeGroups);
        therapyRegistry = therapyRegistry == null ? TherapyRegistry.NONE : therapyRegistry;
    }

    /** The context with these codes (as {@code SYSTEM CODE}), drugs and diagnosis lists. */
    public RevisionContext(
            List<DerivedQuantity> derived, Set<String> codes, Map<String, Drug> drugs, Map<String, DiagnosisList> diagnosisLists) {
        this(derived, codes, drugs, diagnosisLists, null, null, Set.of(), Map.of(), null);
    }

    /** The context of {@code g}, a guideline already reduced to one revision. */
    public static RevisionContext of(Guideline g) {
        // Loops, not collectors: compiled once per revision, often in a command's fresh JVM.
        Set<String> codes = new HashSet<>();
        for (ProcedureCode c : g.billing().codes()) {
            codes.add(c.system() + " " + c.code());
        }
        Map<String, Drug> drugs = new HashMap<>();
        for (Drug d : g.formulary().drugs()) {
            drugs.putIfAbsent(d.id(), d);
        }
        Map<String, DiagnosisList> diagnosisLists = new HashMap<>();
        for (DiagnosisList l : g.positionStatement().diagnosisLists()) {
            diagnosisLists.putIfAbsent(l.name(), l);
        }
        Set<String> closed = new HashSet<>();
        for (io.coverkit.model.ClosedField c : g.positionStatement().closedWorld()) {
            closed.add(c.field());
        }
        return new RevisionContext(g.positionStatement().derived(), codes, drugs, diagnosisLists, null, null, closed,
                CodeGroups.of(g), new TherapyRegistry(g.positionStatement().therapyClasses()));
    }

    /** The drug the request asks prior authorization for, if it is on this revision's list. */
    public Drug requestedDrug(CoverageRequest request) {
        return request.priorAuthorization() == null ? null : drugTable.get(request.priorAuthorization().drug());
    }

    /**
     * The index in {@code request.priorServices()} of the latest service of this revision's codes
     * dated before the date of service and after {@code after} (unbounded when null), or -1.
     */
    public int latestService(CoverageRequest request, LocalDate after) {
        List<PriorService> services = request.priorServices();
        int latest = -1;
        for (int i = 0; i < services.size(); i++) {
            PriorService p = services.get(i);
            if (p.date().isBefore(request.dateOfService()) && (after == null || p.date().isAfter(after))
                    && (latest < 0 || p.date().isAfter(services.get(latest).date())) && serviceCodes.contains(p.system(), p.code())) {
                latest = i;
            }
        }
        return latest;
    }
}
