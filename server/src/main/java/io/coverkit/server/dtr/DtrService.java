package io.coverkit.server.dtr;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.server.DtrOperations;
import io.coverkit.server.Reply;
import io.coverkit.server.fhir.Fhir;
import io.coverkit.server.fhir.FhirMapping;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * coverkit's DTR operations over a (reloadable) guideline library: {@code $questionnaire-package}
 * generates each guideline's questionnaire from its criteria, and {@code $coverkit-decide} decides
 * a completed QuestionnaireResponse. Thread-safe; nothing is cached between calls, so a reloaded
 * library is used from the next call on. docs/dtr.md describes both operations.
 */
public final class DtrService implements DtrOperations {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DtrService.class);

    private final PackageOperation packages;
    private final DecideOperation decisions;

    /**
     * @param library the server's current library
     * @param baseUrl the server's public base URL, which questionnaire canonicals and clause links use
     * @param clock today's date, for orders that do not say when they are to be performed
     */
    public DtrService(Supplier<GuidelineLibrary> library, String baseUrl, Clock clock) {
        this(library, baseUrl, clock, FhirMapping.defaults());
    }

    /**
     * As {@link #DtrService(Supplier, String, Clock)}, reading FHIR resources with a deployment's
     * mapping: the same {@link FhirMapping} the CRD service is given, so both read a Coverage, an
     * order or a Condition alike.
     */
    public DtrService(Supplier<GuidelineLibrary> library, String baseUrl, Clock clock, FhirMapping mapping) {
        Objects.requireNonNull(library, "the DTR service needs a library");
        Objects.requireNonNull(baseUrl, "the DTR service needs the server's base URL");
        Objects.requireNonNull(clock, "the DTR service needs a clock");
        Objects.requireNonNull(mapping, "the DTR service needs a FHIR mapping");
        this.packages = new PackageOperation(library, baseUrl, clock, mapping);
        this.decisions = new DecideOperation(library, mapping);
    }

    @Override
    public Reply questionnairePackage(byte[] body) {
        try {
            return packages.run(body);
        } catch (RuntimeException e) {
            LOG.error("$questionnaire-package failed", e);
            return failed();
        }
    }

    @Override
    public Reply decide(byte[] body) {
        try {
            return decisions.decide(body);
        } catch (RuntimeException e) {
            LOG.error("$coverkit-decide failed", e);
            return failed();
        }
    }

    // A fault of coverkit's own: the caller gets no internal detail, the log gets the cause.
    private static Reply failed() {
        return Reply.fhir(500, Fhir.encode(Outcomes.outcome(java.util.List.of(new Outcomes.Issue(null,
                "the server failed to answer this request; the fault is logged")),
                org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity.FATAL, org.hl7.fhir.r4.model.OperationOutcome.IssueType.EXCEPTION)));
    }
}
