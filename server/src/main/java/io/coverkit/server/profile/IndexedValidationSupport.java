package io.coverkit.server.profile;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Serves the index's definitions to HAPI's worker context, so FHIRPath's type functions
 * ({@code is}, {@code ofType}, {@code conformsTo}) know the package profiles as well as R4 core.
 * HAPI's chaining support lives in the validator artifact, which is not available here.
 */
final class IndexedValidationSupport implements IValidationSupport {

    private final ConformanceIndex index;

    IndexedValidationSupport(ConformanceIndex index) {
        this.index = index;
    }

    @Override
    public FhirContext getFhirContext() {
        return index.fhir();
    }

    @Override
    public IBaseResource fetchStructureDefinition(String url) {
        return index.structure(url);
    }

    @Override
    public IBaseResource fetchValueSet(String url) {
        return index.valueSet(url);
    }

    @Override
    public IBaseResource fetchCodeSystem(String url) {
        return index.codeSystem(url);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends IBaseResource> List<T> fetchAllStructureDefinitions() {
        return (List<T>) new ArrayList<IBaseResource>(index.structures().values());
    }

    @Override
    public List<IBaseResource> fetchAllConformanceResources() {
        List<IBaseResource> all = new ArrayList<>(index.core().fetchAllConformanceResources());
        all.addAll(index.packageResources());
        return all;
    }

    @Override
    public String getName() {
        return "coverkit CRD/DTR 2.0.1 packages over R4 core";
    }
}
