package io.coverkit.server.crd;

import io.coverkit.server.fhir.OrderReader;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/** Writes a coverage assertion as CRD's coverage-information extension. */
final class CoverageInformation {

    static final String URL = "http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-coverage-information";
    /** CRD's temporary code system, which holds the coverage assertion reasons (2.2 adds the member and coverage ones). */
    static final String CRD_TEMP = "http://hl7.org/fhir/us/davinci-crd/CodeSystem/temp";
    static final String NULL_FLAVOR = "http://terminology.hl7.org/CodeSystem/v3-NullFlavor";

    private CoverageInformation() {}

    /**
     * The extension for one order under one coverage.
     *
     * @param coverage the client's reference to the Coverage, with a display only when none was found
     * @param billing the billing codes the assertion is scoped to (may be empty)
     */
    static Extension extension(CoverageAssertion a, Reference coverage, LocalDate date, String assertionId,
            List<OrderReader.BillingCode> billing) {
        Extension ext = new Extension(URL);
        ext.addExtension("coverage", coverage);
        ext.addExtension("covered", new CodeType(a.covered()));
        if (a.paNeeded() != null) {
            ext.addExtension("pa-needed", new CodeType(a.paNeeded()));
        }
        if (a.docNeeded() != null) {
            ext.addExtension("doc-needed", new CodeType(a.docNeeded()));
        }
        a.docPurpose().forEach(p -> ext.addExtension("doc-purpose", new CodeType(p)));
        a.infoNeeded().forEach(i -> ext.addExtension("info-needed", new CodeType(i)));
        for (OrderReader.BillingCode b : billing) {
            ext.addExtension("billingCode", new Coding(b.uri(), b.code(), null));
        }
        for (CoverageAssertion.Reason r : a.reasons()) {
            CodeableConcept cc = new CodeableConcept();
            if (r.code() != null) {
                cc.addCoding(new Coding(CRD_TEMP, r.code(), null));
            }
            // Text always: CRD 2.2 requires it for a code outside its value set, and it is what a clinician reads.
            cc.setText(r.text());
            ext.addExtension("reason", cc);
        }
        a.questionnaires().forEach(q -> ext.addExtension("questionnaire", new CanonicalType(q)));
        ext.addExtension("date", new DateType(date.toString()));
        ext.addExtension("coverage-assertion-id", new StringType(assertionId));
        if (a.satisfiedPaId() != null) {
            ext.addExtension("satisfied-pa-id", new StringType(a.satisfiedPaId()));
        }
        return ext;
    }
}
