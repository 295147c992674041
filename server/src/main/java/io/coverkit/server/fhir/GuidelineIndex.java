package io.coverkit.server.fhir;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.eval.Evaluator;
import io.coverkit.model.Drug;
import io.coverkit.model.Guideline;
import io.coverkit.model.ProcedureCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which guidelines list which codes and drugs, in any revision (a code deleted or not yet added on
 * the date of service still selects its guideline, which then says it does not apply). Built once
 * per library; a service rebuilds it when the library is reloaded. The one rule for CRD (which
 * guidelines an order selects) and DTR (which questionnaires an order needs).
 */
public final class GuidelineIndex {

    private final GuidelineLibrary library;
    private final Map<String, Set<String>> byCode = new LinkedHashMap<>();
    private final Map<String, Set<String>> byDrug = new LinkedHashMap<>();

    /** Indexes every guideline of {@code library}. */
    public GuidelineIndex(GuidelineLibrary library) {
        this.library = library;
        for (String id : library.guidelineIds()) {
            Evaluator evaluator = library.evaluator(id).orElse(null);
            if (evaluator == null) {
                continue;
            }
            Guideline g = evaluator.guideline();
            for (ProcedureCode c : g.billing().codes()) {
                byCode.computeIfAbsent(c.system() + "|" + c.code(), k -> new LinkedHashSet<>()).add(id);
            }
            for (Drug d : g.formulary().drugs()) {
                byDrug.computeIfAbsent(d.id(), k -> new LinkedHashSet<>()).add(id);
            }
        }
    }

    /** The library indexed. */
    public GuidelineLibrary library() {
        return library;
    }

    /** The guidelines an order's codes or drug select, in the library's order. */
    public List<String> guidelines(OrderReader.Order order) {
        Set<String> ids = new LinkedHashSet<>();
        for (OrderReader.BillingCode c : order.codes()) {
            ids.addAll(byCode.getOrDefault(c.system() + "|" + c.code(), Set.of()));
        }
        if (order.drug() != null) {
            ids.addAll(byDrug.getOrDefault(order.drug(), Set.of()));
        }
        return new ArrayList<>(ids);
    }

    /** The billing codes of an order that a guideline lists (in any revision). */
    public List<OrderReader.BillingCode> codesOf(String guidelineId, OrderReader.Order order) {
        List<OrderReader.BillingCode> out = new ArrayList<>();
        for (OrderReader.BillingCode c : order.codes()) {
            if (byCode.getOrDefault(c.system() + "|" + c.code(), Set.of()).contains(guidelineId)) {
                out.add(c);
            }
        }
        return out;
    }
}
