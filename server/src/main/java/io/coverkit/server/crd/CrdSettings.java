package io.coverkit.server.crd;

import io.coverkit.server.fhir.FhirMapping;
import java.util.Objects;

/**
 * How the CRD service is set up.
 *
 * @param baseUrl the server's public base URL, which card links and questionnaire canonicals use
 * @param mapping how FHIR resources become coverage requests
 */
public record CrdSettings(String baseUrl, FhirMapping mapping) {

    public CrdSettings {
        Objects.requireNonNull(baseUrl, "the CRD service needs its public base URL");
        Objects.requireNonNull(mapping, "the CRD service needs a FHIR mapping");
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The settings for a base URL with the default mapping. */
    public static CrdSettings defaults(String baseUrl) {
        return new CrdSettings(baseUrl, FhirMapping.defaults());
    }
}
